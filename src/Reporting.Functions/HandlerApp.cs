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
        builder.Services.AddSingleton(services => new RunCoordinator(reports, options.Time, services.GetRequiredService<ILoggerFactory>().CreateLogger("Reporting.Functions.Runs")));

        var app = builder.Build();
        app.Use(AnswerFailuresAsync);
        app.MapGet("/", () => Results.Text("ready"));
        TimerRoutes.Map(app);
        ReportRoutes.Map(app);
        app.MapFallback((HttpContext context) => Problems.NotFound($"There is no function at {context.Request.Method} {context.Request.Path}."));
        return app;
    }

    /// <summary>
    /// A failure no route expected still gets a problem+json answer and a log entry: Kestrel's own
    /// status (413, 400, 408) for a request it could not read; 503 when the store could not be
    /// reached or refused (its message names the blob and operation and is written for people);
    /// otherwise 500 with a generic sentence and the request id, the detail going to the log only.
    /// </summary>
    private static async Task AnswerFailuresAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Reporting.Functions");
            var requestId = context.TraceIdentifier;
            IResult answer;
            switch (e)
            {
                case BadHttpRequestException unreadable:
                    log.LogWarning("{Method} {Path} could not be read ({StatusCode}): {Reason}", context.Request.Method, context.Request.Path.Value, unreadable.StatusCode, unreadable.Message);
                    answer = Problems.Unreadable(unreadable.StatusCode, unreadable.StatusCode == StatusCodes.Status413PayloadTooLarge
                        ? "The request body is larger than this service accepts. Send a smaller file."
                        : $"The request body could not be read (server said: {unreadable.Message.TrimEnd('.')}). Send it again as a plain or chunked HTTP body.");
                    break;
                case StoreException:
                    log.LogError(e, "{Method} {Path} failed (request {RequestId})", context.Request.Method, context.Request.Path.Value, requestId);
                    answer = Problems.StorageUnavailable($"{e.Message} Try again later; if it persists, check the storage account and the app's access to it.");
                    break;
                default:
                    log.LogError(e, "{Method} {Path} failed (request {RequestId})", context.Request.Method, context.Request.Path.Value, requestId);
                    answer = Problems.Unexpected($"The handler could not answer {context.Request.Method} {context.Request.Path}. Try again; if it persists, give the service owner request id {requestId}.", requestId);
                    break;
            }

            await answer.ExecuteAsync(context);
        }
    }
}
