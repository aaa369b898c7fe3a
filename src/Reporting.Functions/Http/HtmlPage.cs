using System.Text;
using Microsoft.AspNetCore.Http;
using Reporting.Web;

namespace Reporting.Functions.Http;

/// <summary>A rendered page as the answer: its status, the page security headers (<see cref="PageSecurity"/>), UTF-8 HTML.</summary>
internal sealed class HtmlPage(string html, int statusCode = StatusCodes.Status200OK, TimeSpan? refreshAfter = null) : IResult, IStatusCodeHttpResult
{
    int? IStatusCodeHttpResult.StatusCode => statusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        PageSecurity.Apply(response);
        if (refreshAfter is { } after)
        {
            // A plain reload while a run is under way: the Refresh header needs no script and no markup.
            response.Headers["Refresh"] = ((int)after.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        response.ContentType = "text/html; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(html);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
