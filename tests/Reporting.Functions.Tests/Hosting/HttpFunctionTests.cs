using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Reporting.Functions.Hosting;

namespace Reporting.Functions.Tests.Hosting;

/// <summary>The functions' declared admission: what the worker's middleware and serve both enforce.</summary>
public sealed class HttpFunctionTests
{
    private static AuthorizationLevel Level(HttpFunction function) =>
        function.Method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().Single().AuthLevel;

    [Fact]
    public void Requirement_EveryApiFunction_DeclaresItsRoleAndItsQuarter()
    {
        var api = HttpFunction.All.Where(f => Level(f) == AuthorizationLevel.Function).ToList();

        Assert.Equal(["BreakRunLock", "GetDocument", "GetIndicators", "GetManifest", "GetStatus", "StartRun", "ValidateUpload"], api.Select(f => f.Name));
        Assert.All(api, f => Assert.True(f.Requirement is { Quarter: true }, $"{f.Name} declares no [Admit] with its quarter"));
        Assert.All(api, f => Assert.Contains("{council}/{period}", f.Route, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("StartRun", "Reports.Generate")]
    [InlineData("BreakRunLock", "Reports.Generate")]
    [InlineData("GetStatus", "Reports.Read")]
    [InlineData("GetDocument", "Reports.Read")]
    [InlineData("ValidateUpload", "Reports.Read")]
    public void Requirement_ApiFunction_IsTheRoleItsWorkNeeds(string name, string role)
    {
        Assert.Equal(role, HttpFunction.ByName[name].Requirement!.Role);
    }

    [Fact]
    public void Requirement_PagesAndAssets_AdmitTheirCallersThemselves()
    {
        Assert.All(HttpFunction.All.Where(f => Level(f) == AuthorizationLevel.Anonymous), f => Assert.Null(f.Requirement));
    }
}
