using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reporting.Application.Runs;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Hosting;
using Reporting.Pipeline;
using Reporting.Pipeline.Queueing;

namespace Reporting.Functions.Functions;

/// <summary>
/// The quarterly timer (schedule from the app setting <c>QuarterlySchedule</c>, UTC; documented
/// default <c>0 0 6 5 1,4,7,10 *</c>, 06:00 on the fifth day after each quarter closes): works out
/// the most recent finished quarter and the councils (<c>Reporting__Councils</c>, else every
/// council with uploads) and queues one run per council. It renders nothing: each council runs in
/// its own queue invocation, scaled out by the platform. A council that could not be queued fails
/// the invocation after the others were queued, so monitoring sees it.
/// </summary>
public sealed class QuarterlyRun(FunctionOptions options, QuarterReports reports, QueuedRuns runs, TimeProvider time, ILogger<QuarterlyRun> log)
{
    /// <summary>The app setting that holds the schedule (an NCRONTAB expression with seconds).</summary>
    public const string Schedule = "%QuarterlySchedule%";

    [Function(nameof(QuarterlyRun))]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue)
        {
            log.LogWarning("The quarterly timer is past due (the app was down at the scheduled time); queueing now.");
        }

        var quarter = FinancialQuarter.MostRecentEndedBefore(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        await QueueAsync(quarter, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Queues <paramref name="quarter"/> for every configured council; returns the queued councils.</summary>
    public async Task<IReadOnlyList<CouncilCode>> QueueAsync(FinancialQuarter quarter, CancellationToken cancellationToken)
    {
        var councils = options.Councils.Count > 0 ? options.Councils : await reports.ListCouncilsAsync(cancellationToken).ConfigureAwait(false);
        log.LogInformation("Quarterly run for {Period}: queueing {Count} council(s) from {Store}", quarter, councils.Count, reports.StoreDescription);
        var failed = new List<string>();
        foreach (var council in councils)
        {
            try
            {
                var queued = await runs.QueueScheduledAsync(new RunRequest(council, quarter, []), cancellationToken).ConfigureAwait(false);
                log.LogInformation("Council {Council} {Period}: queued as run {Reference}", council, quarter, queued.Reference);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed.Add($"{council}: {e.Message}");
                log.LogError(e, "Council {Council} {Period}: could not be queued; it will not be reported by this run", council, quarter);
            }
        }

        if (failed.Count > 0)
        {
            throw new InvalidOperationException($"The quarterly run for {quarter.Label} could not queue {failed.Count} of {councils.Count} council(s); the others were queued. {string.Join(" ", failed)}");
        }

        return councils;
    }
}
