namespace Reporting.Infra.Tests;

/// <summary>The templates compile and lint cleanly with the bicep CLI an operator (or azd) would use.</summary>
[Trait("Lane", "Bicep")]
public sealed class BicepCliTests
{
    [Fact]
    public void Build_MainTemplate_CompilesWithoutWarnings()
    {
        Assert.Equal(string.Empty, CompiledTemplate.Main.Warnings);
        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", CompiledTemplate.Main.Root.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Lint_MainTemplateAndModules_ReportsNothing()
    {
        var (exitCode, output, errors) = BicepCli.Run("lint", BicepCli.MainTemplate);

        Assert.True(exitCode == 0 && output.Trim().Length == 0 && errors.Trim().Length == 0, $"bicep lint ({exitCode}):\n{output}{errors}");
    }
}
