namespace Reporting.Infra.Tests;

/// <summary>Who may reach the keyless storage and telemetry: the app's identity, and the improvement leads when given.</summary>
[Trait("Lane", "Bicep")]
public sealed class RoleAssignmentTemplateTests
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string StorageBlobDataReader = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private static readonly CompiledTemplate Template = CompiledTemplate.Main;

    private static List<(string Role, DeclaredResource Assignment)> Granted(string principalParameter) =>
        Template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => a.Properties.GetProperty("principalId").GetString() == $"[parameters('{principalParameter}')]")
            .SelectMany(a => a.VariableMembers(a.Properties.GetProperty("roleDefinitionId").GetString()!).Select(role => (role, a)))
            .ToList();

    [Fact]
    public void AppIdentity_Roles_BlobOwnerQueueContributorAndMetricsPublisher()
    {
        var roles = Granted("appPrincipalId").Select(g => g.Role).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { StorageBlobDataOwner, StorageQueueDataContributor, MonitoringMetricsPublisher }.Order(StringComparer.Ordinal), roles);
        Assert.All(Granted("appPrincipalId"), g => Assert.Equal("ServicePrincipal", g.Assignment.Properties.GetProperty("principalType").GetString()));
        Assert.Contains("principalId", Template.ModuleParameter("rbac", "appPrincipalId").GetString());
    }

    [Fact]
    public void ImprovementLeads_Roles_UploadMetricsReadReportsOnlyWhenGroupGiven()
    {
        var granted = Granted("improvementLeadsGroupId");

        Assert.Equal(new[] { StorageBlobDataContributor, StorageBlobDataReader }.Order(StringComparer.Ordinal), granted.Select(g => g.Role).Order(StringComparer.Ordinal));
        Assert.Contains(granted, g => g.Role == StorageBlobDataContributor && g.Assignment.Json.GetProperty("scope").GetString()!.Contains("'metrics'", StringComparison.Ordinal));
        Assert.Contains(granted, g => g.Role == StorageBlobDataReader && g.Assignment.Json.GetProperty("scope").GetString()!.Contains("'reports'", StringComparison.Ordinal));
        Assert.All(granted, g => Assert.Equal("[not(empty(parameters('improvementLeadsGroupId')))]", g.Assignment.Condition));
        Assert.All(granted, g => Assert.Equal("Group", g.Assignment.Properties.GetProperty("principalType").GetString()));
    }

    [Fact]
    public void FunctionApp_Deployment_WaitsForTheRolesItNeeds()
    {
        var api = Assert.Single(Template.Resources, r => r.Type == "Microsoft.Resources/deployments" && r.Name == "api");

        Assert.Contains(api.Json.GetProperty("dependsOn").EnumerateArray(), d => d.GetString()!.Contains("'rbac'", StringComparison.Ordinal));
    }
}
