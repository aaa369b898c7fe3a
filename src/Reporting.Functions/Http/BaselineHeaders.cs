using Microsoft.AspNetCore.Http;

namespace Reporting.Functions.Http;

/// <summary>
/// The headers every answer of the function app and serve carries: <c>X-Content-Type-Options: nosniff</c>
/// (a browser never reads a JSON, CSV or PDF answer as HTML or script), and <c>Cache-Control: no-store</c>
/// on every answer that did not choose its own caching (the API's JSON and problems, the documents
/// and their downloads: they hold a council's figures and change with each run). The pages set
/// <c>no-store</c> themselves; the front-end assets choose to be cached.
/// </summary>
internal static class BaselineHeaders
{
    /// <summary>Has the headers added to <paramref name="context"/>'s response as it starts, whoever writes it.</summary>
    public static void AddTo(HttpContext context) =>
        context.Response.OnStarting(
            static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.XContentTypeOptions = "nosniff";
                if (string.IsNullOrEmpty(headers.CacheControl))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            },
            context.Response);
}
