using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Web.Pages;

namespace Reporting.Web.Tests;

public sealed class PageRendererTests
{
    private static readonly PageFrame Frame = new("Councils and quarters", "/api/service/assets", "/api/service", null, []);

    /// <summary>
    /// The services of a host that validates scopes (the function app in Development, serve always)
    /// with Razor components' own scoped services registered: the renderer, a singleton, renders
    /// every page from a scope of its own, never from the root provider.
    /// </summary>
    [Fact]
    public async Task RenderAsync_OverAScopeValidatingProviderWithComponentServices_RendersEveryPage()
    {
        // Development: the host validates scopes, as the function app does under AZURE_FUNCTIONS_ENVIRONMENT=Development.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Services.AddRazorComponents();
        builder.Services.AddSingleton(s => new PageRenderer(s));
        await using var provider = builder.Build();
        var renderer = provider.Services.GetRequiredService<PageRenderer>();

        var quarters = await renderer.RenderAsync(new QuartersView(Frame, []));
        var problem = await renderer.RenderAsync(new ProblemView(Frame, "Page not found", "Check the address."));

        Assert.Contains("Councils and quarters", quarters, StringComparison.Ordinal);
        Assert.Contains("Page not found", problem, StringComparison.Ordinal);
    }
}
