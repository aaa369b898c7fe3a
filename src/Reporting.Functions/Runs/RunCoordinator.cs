using System.Collections.Concurrent;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;

namespace Reporting.Functions.Runs;

/// <summary>
/// Tracks the runs this handler instance has started, so an on-demand request can answer
/// "already running" at once and a long run can be followed through its status URL. The store's
/// lease remains the real guard across instances; this only avoids asking it twice from one.
/// Thread-safe.
/// </summary>
internal sealed class RunCoordinator(IQuarterReports reports, TimeProvider time)
{
    private readonly ConcurrentDictionary<(CouncilCode, FinancialQuarter), TrackedRun> _runs = new();

    /// <summary>Starts a run unless this instance is already running the same council and quarter (then returns that run and false).</summary>
    public (TrackedRun Run, bool Started) Start(CouncilCode council, FinancialQuarter period, IReadOnlyList<string> audiences, bool force)
    {
        var key = (council, period);
        while (true)
        {
            if (_runs.TryGetValue(key, out var existing) && !existing.Task.IsCompleted)
            {
                return (existing, false);
            }

            var candidate = new TrackedRun(time.GetUtcNow());
            var added = existing is null ? _runs.TryAdd(key, candidate) : _runs.TryUpdate(key, candidate, existing);
            if (added)
            {
                // Run on the thread pool, detached from the request: a long run outlives the 202 response.
                candidate.Begin(Task.Run(() => reports.RunAsync(council, period, audiences, force, CancellationToken.None)));
                return (candidate, true);
            }
        }
    }

    /// <summary>The latest run this instance started for the quarter, if any.</summary>
    public TrackedRun? Latest(CouncilCode council, FinancialQuarter period) => _runs.GetValueOrDefault((council, period));
}

/// <summary>A run started by this instance: when, and its task.</summary>
internal sealed class TrackedRun(DateTimeOffset startedAt)
{
    private readonly TaskCompletionSource<RunSummary> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DateTimeOffset StartedAt { get; } = startedAt;

    public Task<RunSummary> Task => _completion.Task;

    public void Begin(Task<RunSummary> run) =>
        run.ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    _completion.TrySetResult(t.Result);
                }
                else
                {
                    _completion.TrySetException(t.Exception?.InnerExceptions ?? [new OperationCanceledException()]);
                }
            },
            TaskScheduler.Default);
}
