using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Reporting.Functions.Hosting;
using Reporting.Storage.Folder;
using Reporting.Testing;

namespace Reporting.Serve.Tests;

/// <summary>serve's routes are the function app's: every HTTP function the Functions host indexes is served at its route and methods, and nothing else under <c>/api</c>.</summary>
public sealed class FunctionEndpointsTests
{
    private static readonly string Metadata = Path.Combine(
        RepositoryLayout.Root, "src", "Reporting.Functions", "bin",
        typeof(FunctionEndpointsTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration, "net10.0", "functions.metadata");

    /// <summary>Each HTTP function in the worker SDK's <c>functions.metadata</c>: "NAME METHODS /api/ROUTE".</summary>
    private static IEnumerable<string> Indexed()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Metadata));
        foreach (var function in document.RootElement.EnumerateArray())
        {
            var trigger = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("direction").GetString() == "In");
            if (trigger.GetProperty("type").GetString() == "httpTrigger")
            {
                var methods = trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant());
                yield return $"{function.GetProperty("name").GetString()} {string.Join(",", methods)} /api/{trigger.GetProperty("route").GetString()}";
            }
        }
    }

    [Fact]
    public async Task Serve_EveryHttpFunctionInFunctionsMetadata_IsServedAtItsRouteAndMethods()
    {
        var root = Directory.CreateTempSubdirectory("reporting-serve-routes-").FullName;
        try
        {
            await using var app = LocalFunctionsApp.Build(new FolderStore(root), new FunctionOptions(), ["http://127.0.0.1:0"], logging: _ => { });
            var served = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
                .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
                .Select(e => $"{e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName} {string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)} {e.RoutePattern.RawText}");

            Assert.Equal(14, Indexed().Count());
            Assert.Equal(Indexed().Order(StringComparer.Ordinal), served.Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void HttpFunctions_DeclaredInTheAssembly_AreThoseTheHostIndexes()
    {
        Assert.Equal(
            Indexed().Order(StringComparer.Ordinal),
            HttpFunction.All.Select(f => $"{f.Name} {string.Join(",", f.Methods.Select(m => m.ToUpperInvariant()))} /api/{f.Route}").Order(StringComparer.Ordinal));
    }
}
