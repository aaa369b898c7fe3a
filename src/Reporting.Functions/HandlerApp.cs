using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reporting.Functions.Routes;
using Reporting.Functions.Runs;

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
        app.MapGet("/", () => Results.Text("ready"));
        TimerRoutes.Map(app);
        ReportRoutes.Map(app);
        app.MapFallback((HttpContext context) => Problems.NotFound($"There is no function at {context.Request.Method} {context.Request.Path}."));
        return app;
    }
}
