using System.Text.Json;

namespace Reporting.Infra.Tests;

/// <summary>The function app: Flex Consumption, .NET 10 isolated, keyless settings, HTTPS only, no FTP, Entra ID sign-in.</summary>
[Trait("Lane", "Bicep")]
public sealed class FunctionAppTemplateTests
{
    private static readonly CompiledTemplate Template = CompiledTemplate.Main;

    private static JsonElement Site => Template.Single("Microsoft.Web/sites").Json;

    private static JsonElement SiteConfig(string name) =>
        Assert.Single(Template.OfType("Microsoft.Web/sites/config"), c => c.Name.Contains($"'{name}'", StringComparison.Ordinal)).Properties;

    [Fact]
    public void Plan_Sku_IsFlexConsumption()
    {
        var plan = Template.Single("Microsoft.Web/serverfarms").Json;

        Assert.Equal("FC1", plan.GetProperty("sku").GetProperty("name").GetString());
        Assert.Equal("FlexConsumption", plan.GetProperty("sku").GetProperty("tier").GetString());
    }

    [Fact]
    public void FunctionApp_Runtime_IsDotnetIsolated10()
    {
        Assert.Equal("dotnet-isolated", Template.ModuleParameter("api", "runtimeName").GetString());
        Assert.Equal("10.0", Template.ModuleParameter("api", "runtimeVersion").GetString());
        Assert.Equal("[parameters('runtimeName')]", Site.GetProperty("properties").GetProperty("functionAppConfig").GetProperty("runtime").GetProperty("name").GetString());
    }

    [Fact]
    public void FunctionApp_Transport_HttpsOnlyFtpOffTls12()
    {
        var properties = Site.GetProperty("properties");
        var config = properties.GetProperty("siteConfig");

        Assert.True(properties.GetProperty("httpsOnly").GetBoolean());
        Assert.Equal("Disabled", config.GetProperty("ftpsState").GetString());
        Assert.Equal("1.2", config.GetProperty("minTlsVersion").GetString());
        Assert.Equal("1.2", config.GetProperty("scmMinTlsVersion").GetString());
        Assert.All(Template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies"), p => Assert.False(p.Properties.GetProperty("allow").GetBoolean()));
        Assert.Equal(2, Template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").Count);
    }

    [Fact]
    public void FunctionApp_Identity_UserAssignedAlsoUsedForDeployment()
    {
        var deployment = Site.GetProperty("properties").GetProperty("functionAppConfig").GetProperty("deployment").GetProperty("storage");

        Assert.Equal("UserAssigned", Site.GetProperty("identity").GetProperty("type").GetString());
        Assert.Equal("blobContainer", deployment.GetProperty("type").GetString());
        Assert.Equal("UserAssignedIdentity", deployment.GetProperty("authentication").GetProperty("type").GetString());
        Assert.Contains("userAssignedIdentities", Template.ModuleParameter("api", "identityId").GetString());
    }

    [Fact]
    public void AppSettings_Storage_IdentityBasedWithTheAppsClientId()
    {
        var settings = Template.AppSettings();

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Contains("storage", settings["AzureWebJobsStorage__accountName"], StringComparison.Ordinal);
        Assert.Contains(".clientId", settings["AzureWebJobsStorage__clientId"], StringComparison.Ordinal);
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.DoesNotContain(settings.Keys, k => k.StartsWith("ReportingStorage", StringComparison.Ordinal));
    }

    [Fact]
    public void AppSettings_Anywhere_NoKeysOrStorageConnectionStrings()
    {
        var settings = Template.AppSettings();

        Assert.All(settings, s => Assert.DoesNotContain("AccountKey", s.Value, StringComparison.OrdinalIgnoreCase));
        Assert.All(settings, s => Assert.DoesNotContain("SharedAccessSignature", s.Value, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["APPLICATIONINSIGHTS_CONNECTION_STRING"], settings.Keys.Where(k => k.Contains("CONNECTION", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain("listKeys", Template.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", Template.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AppSettings_AppRoles_Required()
    {
        Assert.Equal("true", Template.AppSettings()["Reporting__RequireAppRoles"]);
    }

    [Fact]
    public void Authentication_EntraId_RequiredOnEveryRequest()
    {
        var auth = SiteConfig("authsettingsV2");
        var entra = auth.GetProperty("identityProviders").GetProperty("azureActiveDirectory");

        Assert.True(auth.GetProperty("platform").GetProperty("enabled").GetBoolean());
        Assert.True(auth.GetProperty("globalValidation").GetProperty("requireAuthentication").GetBoolean());
        Assert.Equal("Return401", auth.GetProperty("globalValidation").GetProperty("unauthenticatedClientAction").GetString());
        Assert.True(entra.GetProperty("enabled").GetBoolean());
        Assert.Equal("[parameters('authClientId')]", entra.GetProperty("registration").GetProperty("clientId").GetString());
        Assert.False(Template.Root.GetProperty("parameters").GetProperty("authClientId").TryGetProperty("defaultValue", out _));
    }

    [Fact]
    public void Telemetry_ApplicationInsights_RefusesKeyOnlyIngestionAndAppSignsIn()
    {
        var insights = Template.Single("Microsoft.Insights/components").Properties;

        Assert.True(insights.GetProperty("DisableLocalAuth").GetBoolean());
        Assert.Contains("Microsoft.OperationalInsights/workspaces", insights.GetProperty("WorkspaceResourceId").GetString());
        Assert.Contains("Authorization=AAD", Template.AppSettings()["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
        Assert.Contains("connectionString", Template.AppSettings()["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
    }
}
