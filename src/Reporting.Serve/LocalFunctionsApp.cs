using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reporting.Application.Routes;
using Reporting.Domain.Periods;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Functions;
using Reporting.Functions.Hosting;
using Reporting.Functions.Http;
using Reporting.Functions.Pages;
using Reporting.Pipeline.Queueing;
using Reporting.Pipeline.Storage;

namespace Reporting.Serve;

/// <summary>
/// The function app's HTTP API without the Functions host, for <c>reporting-serve</c>: the same
/// function classes on the same routes and methods (derived from their declarations, see
/// <see cref="FunctionEndpoints"/>), over a given store (the folder store), with an in-process
/// queue standing in for the Storage queue, and the timer reachable as
/// <c>POST /admin/functions/QuarterlyRun</c> (the path the host uses to run a non-HTTP function by
/// hand). Listens on loopback only, and answers only requests addressed to a loopback name and,
/// for those that change something, sent from its own pages or from outside a browser (<see cref="LoopbackGuard"/>).
/// </summary>
public static class LocalFunctionsApp
{
    /// <summary>Where the timer function can be run by hand, as on the Functions host.</summary>
    public const string TimerPath = "/admin/functions/" + nameof(QuarterlyRun);

    /// <summary>
    /// Builds (does not start) the app over <paramref name="store"/>, listening on <paramref name="urls"/>
    /// (loopback only), with <paramref name="options"/>, or without them the function app's own
    /// <c>Reporting__*</c> settings bound and validated as it binds them (a setting that cannot be read fails the start).
    /// </summary>
    public static WebApplication Build(IObjectStore store, FunctionOptions? options, IReadOnlyList<string> urls, Action<ILoggingBuilder>? logging = null)
    {
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsLoopback)
            {
                throw new ArgumentException($"serve listens on loopback only (127.0.0.1 or [::1]); '{url}' is not a loopback URL.", nameof(urls));
            }
        }

        var builder = WebApplication.CreateSlimBuilder();
        // As the function app runs in Development (AZURE_FUNCTIONS_ENVIRONMENT=Development): a scoped
        // service taken from the root provider is an error here too, not a leak found in Azure.
        builder.WebHost.UseDefaultServiceProvider(provider => provider.ValidateScopes = true);
        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.ClearProviders();
        if (logging is null)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        }
        else
        {
            logging(builder.Logging);
        }

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton<InProcessRunQueue>();
        builder.Services.AddSingleton<IRunQueue>(s => s.GetRequiredService<InProcessRunQueue>());
        builder.Services.AddHostedService(s => s.GetRequiredService<InProcessRunQueue>());
        // Only serve, on loopback, shows the pages without App Service Authentication in front of them.
        if (options is null)
        {
            builder.Services.AddReportingOptions(builder.Configuration, o => o with { PagesWithoutSignIn = true });
        }
        else
        {
            builder.Services.AddSingleton(options with { PagesWithoutSignIn = true });
        }

        builder.Services.AddReportingPipeline();
        builder.Services.AddFunctionClasses();

        var app = builder.Build();
        app.Use((context, next) =>
        {
            BaselineHeaders.AddTo(context);
            return next(context);
        });
        app.Use(async (context, next) =>
        {
            if (LoopbackGuard.Refusal(context) is { } refused)
            {
                await refused.ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        app.Use(AnswerFailuresAsync);
        var budget = app.Services.GetRequiredService<FunctionOptions>().RequestTimeBudget;
        app.Use((context, next) => RequestTimeBudget.RunWithinAsync(context, budget, () => next(context)));
        app.MapGet("/", () => Results.Text("ready"));
        var api = app.MapGroup("/" + ApiRoutes.Prefix);
        api.MapHttpFunctions();
        app.MapPost(TimerPath, RunTimerAsync);
        app.MapFallback((HttpContext context) => ApiRoutes.IsPage(context.Request.Path)
            ? PageAnswers.Problem(StatusCodes.Status404NotFound, "Page not found", "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.")
            : Problems.NotFound($"There is no function at {context.Request.Method} {context.Request.Path}."));
        return app;
    }

    /// <summary>The timer by hand: the most recent finished quarter for every council, queued; 202 with what was queued.</summary>
    private static async Task<IResult> RunTimerAsync(HttpContext context, FunctionOptions options, QuarterlyRun timer, TimeProvider time)
    {
        if (RequestGuard.Authorise(context, options, AppRoles.Generate) is { } denied)
        {
            return denied;
        }

        var quarter = FinancialQuarter.MostRecentEndedBefore(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var councils = await timer.QueueAsync(quarter, context.RequestAborted).ConfigureAwait(false);
        return Results.Json(
            new { period = quarter.ToString(), councils = councils.Select(c => new { council = c.Value, statusUrl = ApiRoutes.StatusUrl(c, quarter) }) },
            statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task AnswerFailuresAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Reporting.Functions");
            await FailureAnswers.For(e, context, log).ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
