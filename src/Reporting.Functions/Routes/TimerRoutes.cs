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
/// another, and replies with the invocation shape. Any council whose run failed makes the
/// invocation fail (HTTP 500) after the others have run, so it shows in monitoring; the host
/// does not retry timer runs.
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
        if (invocation.Problem is { } odd)
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
            var (run, started) = runs.Start(council, quarter, [], force: false);
            try
            {
                var summary = await run.Task.ConfigureAwait(false);
                var state = started ? summary.Status.ToString() : "AlreadyRunning";
                Note(summary.Succeeded || summary.Status is RunStatus.AlreadyRunning or RunStatus.NoInputs ? LogLevel.Information : LogLevel.Error,
                    $"Council {council} {quarter}: {state} in {clock.ElapsedMilliseconds} ms. {summary.Message}");
                results.Add(new { Council = council.Value, Status = state, summary.Message });
                failed += summary.Status == RunStatus.InvalidRequest ? 1 : 0;
            }
            catch (Exception e)
            {
                failed++;
                Note(LogLevel.Error, $"Council {council} {quarter}: failed in {clock.ElapsedMilliseconds} ms, previous publication unchanged. {e.Message}");
                results.Add(new { Council = council.Value, Status = "Failed", e.Message });
            }
        }

        var reply = InvocationReply.Of(logs, new { Period = quarter.ToString(), Councils = results, Failed = failed });
        return Results.Json(reply, ReplyJson, statusCode: failed == 0 ? 200 : 500);
    }
}
