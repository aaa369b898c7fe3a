using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Functions.Http;
using Reporting.Web;
using Reporting.Web.Pages;

namespace Reporting.Functions.Pages;

/// <summary>
/// A page's failure as a GOV.UK error page with its status code: what went wrong and what to do,
/// the request id when the failure was unexpected, never a stack trace. Rendered when the answer is
/// written, with the app's <see cref="PageRenderer"/> (or a plain one where the request has no services).
/// </summary>
public sealed class ProblemPageAnswer(int statusCode, string heading, string text, string? requestId = null) : IResult, IStatusCodeHttpResult
{
    /// <summary>GOV.UK's heading for a failure with no better one: "Page not found", "Sorry, there is a problem with the service" or "There is a problem".</summary>
    public static string HeadingFor(int statusCode) => statusCode switch
    {
        StatusCodes.Status404NotFound => "Page not found",
        >= 500 => "Sorry, there is a problem with the service",
        _ => "There is a problem",
    };

    int? IStatusCodeHttpResult.StatusCode => statusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var renderer = httpContext.RequestServices?.GetService<PageRenderer>() ?? new PageRenderer();
        var html = await renderer.RenderAsync(new ProblemView(PageAnswers.Frame(heading, caller: null), heading, text, requestId)).ConfigureAwait(false);
        await new HtmlPage(html, statusCode).ExecuteAsync(httpContext).ConfigureAwait(false);
    }
}
