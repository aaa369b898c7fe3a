using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reporting.Web.Pages;

namespace Reporting.Web;

/// <summary>
/// Renders a page component to an HTML document on the server (<see cref="HtmlRenderer"/>: static
/// rendering, no circuit, no JavaScript needed). Razor encodes every value it writes, so text from
/// files and requests is shown, never interpreted. Thread-safe: each call has its own renderer, in
/// its own service scope.
/// </summary>
public sealed class PageRenderer(IServiceProvider? services = null, ILoggerFactory? logs = null)
{
    private readonly IServiceProvider _services = services ?? new ServiceCollection().BuildServiceProvider();
    private readonly ILoggerFactory _logs = logs ?? NullLoggerFactory.Instance;

    public Task<string> RenderAsync(QuartersView model) => RenderAsync<QuartersPage>(model);

    public Task<string> RenderAsync(QuarterView model) => RenderAsync<QuarterPage>(model);

    public Task<string> RenderAsync(UploadView model) => RenderAsync<UploadPage>(model);

    public Task<string> RenderAsync(ProblemView model) => RenderAsync<ProblemPage>(model);

    private Task<string> RenderAsync<TPage>(object model)
        where TPage : IComponent =>
        RenderAsync<TPage>(new Dictionary<string, object?> { ["Model"] = model });

    /// <summary>Any page component with its parameters: the pages' and the HTML reviews' one way to HTML.</summary>
    internal async Task<string> RenderAsync<TPage>(IDictionary<string, object?> parameters)
        where TPage : IComponent
    {
        // A scope per page: the renderer takes scoped services (ComponentsActivitySource, where the
        // host registers Razor components' services), which the root provider must not hand out.
        await using var scope = _services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, _logs);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
