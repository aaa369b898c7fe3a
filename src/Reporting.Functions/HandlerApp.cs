using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reporting.Functions.Routes;
using Reporting.Functions.Runs;
using Reporting.Pipeline.Storage;

namespace Reporting.Functions;

/// <summary>
/// The custom handler as an ASP.NET Core app: readiness on <c>GET /</c>, the timer invocation on
/// <c>POST /QuarterlyRun</c>, the proxied HTTP functions under <c>/api</c>. The Functions host runs it
/// on <c>127.0.0.1:$FUNCTIONS_CUSTOMHANDLER_PORT</c>; the CLI's <c>serve</c> runs the same app over
/// the folder store. Only loopback URLs are accepted.
/// </summary>
public static class HandlerApp
{
    /// <summary>Builds (does not start) the app over <paramref name="reports"/>, listening on <paramref name="urls"/> (loopback only).</summary>
    public static WebApplication Build(IQuarterReports reports, HandlerOptions options, IReadOnlyList<string> urls)
    {
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsLoopback)
            {
                throw new ArgumentException($"The handler listens on loopback only (127.0.0.1 or [::1]); '{url}' is not a loopback URL.", nameof(urls));
            }
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.ClearProviders();
        if (options.JsonLogs)
        {
            builder.Logging.AddJsonConsole(json => json.IncludeScopes = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        }

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(reports);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new RunCoordinator(reports, options.Time));

        var app = builder.Build();
        app.Use(AnswerFailuresAsync);
        app.MapGet("/", () => Results.Text("ready"));
        TimerRoutes.Map(app);
        ReportRoutes.Map(app);
        app.MapFallback((HttpContext context) => Problems.NotFound($"There is no function at {context.Request.Method} {context.Request.Path}."));
        return app;
    }

    /// <summary>
    /// A failure no route expected still gets a problem+json answer and a log entry: 503 when the
    /// store could not be reached or refused (the message names the blob and operation), 500 otherwise.
    /// </summary>
    private static async Task AnswerFailuresAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Reporting.Functions").LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path.Value);
            var answer = e is StoreException
                ? Problems.StorageUnavailable($"{e.Message} Try again later; if it persists, check the storage account and the app's access to it.")
                : Problems.Unexpected($"The handler could not answer {context.Request.Method} {context.Request.Path}: {e.Message}");
            await answer.ExecuteAsync(context);
        }
    }
}
