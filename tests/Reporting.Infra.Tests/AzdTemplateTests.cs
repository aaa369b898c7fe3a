using System.Text.Json;
using Reporting.Testing;

namespace Reporting.Infra.Tests;

/// <summary>What <c>azd up</c> reads: azure.yaml's service and infra/main.parameters.json, against the template they drive.</summary>
[Trait("Lane", "Bicep")]
public sealed class AzdTemplateTests
{
    private static readonly CompiledTemplate Template = CompiledTemplate.Main;

    private static Dictionary<string, string> AzureYaml() =>
        File.ReadAllLines(Path.Combine(RepositoryLayout.Root, "azure.yaml"))
            .Where(l => !l.TrimStart().StartsWith('#') && l.Contains(": ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(": ", 2))
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.Last()[1].Trim());

    [Fact]
    public void AzureYaml_ApiService_IsTheFunctionAppProjectOnTheMainTemplate()
    {
        var yaml = AzureYaml();

        Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root, yaml["project"], "Reporting.Functions.csproj")), $"azure.yaml project {yaml["project"]} is not the function app");
        Assert.Equal(("dotnet", "function", "bicep"), (yaml["language"], yaml["host"], yaml["provider"]));
        Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root, yaml["path"], yaml["module"] + ".bicep")));
        Assert.Contains("'azd-service-name', 'api'", Template.Single("Microsoft.Web/sites").Json.GetProperty("tags").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MainParameters_ForAzd_SupplyEveryRequiredParameterAndNoUnknownOne()
    {
        var supplied = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.Root, "infra", "main.parameters.json")))
            .RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();
        var declared = Template.Root.GetProperty("parameters").EnumerateObject().ToList();
        var required = declared.Where(p => !p.Value.TryGetProperty("defaultValue", out _)).Select(p => p.Name);

        Assert.Empty(supplied.Except(declared.Select(p => p.Name)));
        Assert.Empty(required.Except(supplied));
    }
}
