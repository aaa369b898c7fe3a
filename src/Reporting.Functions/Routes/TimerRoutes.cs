using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Invocations;
using Reporting.Functions.Runs;

namespace Reporting.Functions.Routes;

/// <summary>
/// <c>POST /QuarterlyRun</c>: the host's timer invocation. Runs the most recent finished quarter
/// for every configured council (unchanged inputs are not re-rendered), one council after
/// another, and replies with the invocation shape. Any council whose run failed, or that was not
/// reported because another instance held the quarter's lease, makes the invocation fail
/// (HTTP 500) after the others have run, so it shows in monitoring; the host does not retry
/// timer runs. An on-demand run in progress on this instance is awaited first.
/// </summary>
internal static class TimerRoutes
{
    public const string FunctionName = "QuarterlyRun";

    private const long MaxPayloadBytes = 1024 * 1024;

    private static readonly System.Text.Json.JsonSerializerOptions ReplyJson = new() { PropertyNamingPolicy = null };

    public static void Map(IEndpointRouteBuilder app) => app.MapPost($"/{FunctionName}", RunAsync);

    private static async Task<IResult> RunAsync(HttpContext context, HandlerOptions options, IQuarterReports reports, RunCoordinator runs, ILoggerFactory loggers)
    {
        var log = loggers.CreateLogger("Reporting.Functions.QuarterlyRun");
        var logs = new List<string>();
        void Note(LogLevel level, string message)
        {
            logs.Add(message);
#pragma warning disable CA2254 // The message is already composed from validated values.
            log.Log(level, message);
#pragma warning restore CA2254
        }

        var payload = await ReportRoutes.ReadLimitedAsync(context.Request.Body, MaxPayloadBytes, context.RequestAborted).ConfigureAwait(false);
        var invocation = TimerInvocation.Parse(payload ?? []);
        if (payload is null)
        {
            Note(LogLevel.Warning, "Timer payload is over 1 MB, so it was not read; running anyway.");
        }
        else if (invocation.Problem is { } odd)
        {
            Note(LogLevel.Warning, $"Timer payload not fully understood ({odd}); running anyway.");
        }

        if (invocation.IsPastDue)
        {
            Note(LogLevel.Warning, "The timer is past due (the app was down at the scheduled time); running now.");
        }

        // The quarter follows the time the host stamped on the invocation (Metadata.sys.UtcNow);
        // the handler's clock is the fallback when the payload has none.
        var now = options.Time.GetUtcNow();
        var firedAt = invocation.InvokedAt is { Year: > 2000 and < 2098 } invoked ? invoked : now;
        var today = DateOnly.FromDateTime(firedAt.UtcDateTime);
        var quarter = FinancialQuarter.MostRecentEndedBefore(today);
        IReadOnlyList<CouncilCode> councils;
        try
        {
            councils = options.Councils.Count > 0 ? options.Councils : await reports.ListCouncilsAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Note(LogLevel.Error, $"Quarterly run for {quarter.Label}: could not find the councils to run. {e.Message}");
            return Results.Json(InvocationReply.Of(logs, new { Period = quarter.ToString(), Councils = Array.Empty<object>(), Failed = 1 }), ReplyJson, statusCode: 500);
        }

        Note(LogLevel.Information, $"Quarterly run for {quarter.Label}: {councils.Count} council(s) in {reports.StoreDescription}.");

        var results = new List<object>();
        var failed = 0;
        foreach (var council in councils)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var (summary, sharedWith) = await RunCouncilAsync(runs, council, quarter).ConfigureAwait(false);
                var state = RunStates.Of(summary.Status);
                var shared = sharedWith is null ? string.Empty : $" (awaited on-demand run {sharedWith.Reference}, which covered every audience)";
                if (summary.Status is RunStatus.AlreadyRunning or RunStatus.InvalidRequest)
                {
                    // Another instance holds the quarter's lease (or the request was refused): this
                    // quarter was not reported by the timer, which monitoring must see.
                    failed++;
                    Note(LogLevel.Error, $"Council {council} {quarter}: {state}, not reported by this run, in {clock.ElapsedMilliseconds} ms{shared}. {summary.Message} Run it again with POST /api/runs/{council}/{quarter} once the other run has finished.");
                }
                else
                {
                    Note(LogLevel.Information, $"Council {council} {quarter}: {state} in {clock.ElapsedMilliseconds} ms{shared}. {summary.Message}");
                }

                results.Add(new { Council = council.Value, Status = state, summary.Message });
            }
            catch (Exception e)
            {
                failed++;
                Note(LogLevel.Error, $"Council {council} {quarter}: failed in {clock.ElapsedMilliseconds} ms, previous publication unchanged. {e.Message}");
                results.Add(new { Council = council.Value, Status = RunStates.Failed, e.Message });
            }
        }

        var reply = InvocationReply.Of(logs, new { Period = quarter.ToString(), Councils = results, Failed = failed });
        return Results.Json(reply, ReplyJson, statusCode: failed == 0 ? 200 : 500);
    }

    /// <summary>
    /// Runs every audience for the council. When this instance is already running the quarter,
    /// an all-audience run is awaited and its result taken (returned as <c>SharedWith</c>); a run
    /// for only some audiences is awaited and then the timer's own run starts.
    /// </summary>
    private static async Task<(RunSummary Summary, TrackedRun? SharedWith)> RunCouncilAsync(RunCoordinator runs, CouncilCode council, FinancialQuarter quarter)
    {
        while (true)
        {
            var (run, started) = runs.Start(council, quarter, [], force: false);
            if (started)
            {
                return (await run.Task.ConfigureAwait(false), null);
            }

            if (run.IsAllAudiences)
            {
                return (await run.Task.ConfigureAwait(false), run);
            }

            // A partial run: wait for it whatever its outcome, then start the timer's own.
            await ((Task)run.Task).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
        }
    }
}
