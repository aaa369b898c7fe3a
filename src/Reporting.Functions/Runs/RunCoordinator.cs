using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Runs;

/// <summary>
/// Tracks the runs this handler instance has started, so an on-demand request can answer
/// "already running" at once and a long run can be followed through its status URL. The store's
/// lease remains the real guard across instances; this only avoids asking it twice from one.
/// Every run's end is logged here, whether or not a request is still waiting for it (work after
/// a 202 is not tracked by the Functions host). Thread-safe.
/// </summary>
internal sealed class RunCoordinator(IQuarterReports reports, TimeProvider time, ILogger log)
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

            var candidate = new TrackedRun(time.GetUtcNow(), audiences, force);
            var added = existing is null ? _runs.TryAdd(key, candidate) : _runs.TryUpdate(key, candidate, existing);
            if (added)
            {
                // Run on the thread pool, detached from the request: a long run outlives the 202 response.
                candidate.Begin(Task.Run(() => reports.RunAsync(council, period, audiences, force, CancellationToken.None)));
                _ = candidate.Task.ContinueWith(t => LogEnd(council, period, candidate, t), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                return (candidate, true);
            }
        }
    }

    /// <summary>The latest run this instance started for the quarter, if any.</summary>
    public TrackedRun? Latest(CouncilCode council, FinancialQuarter period) => _runs.GetValueOrDefault((council, period));

    private void LogEnd(CouncilCode council, FinancialQuarter period, TrackedRun run, Task<RunSummary> ended)
    {
        var elapsed = (time.GetUtcNow() - run.StartedAt).TotalMilliseconds;
        if (ended.IsCompletedSuccessfully)
        {
            var summary = ended.Result;
            log.Log(
                summary.Succeeded || summary.Status == RunStatus.NoInputs ? LogLevel.Information : LogLevel.Warning,
                "Run {Reference} for {Council} {Period} ended {State} after {ElapsedMs} ms: {Message}",
                run.Reference, council, period, RunStates.Of(summary.Status), elapsed, summary.Message);
        }
        else
        {
            log.LogError(ended.Exception?.InnerException, "Run {Reference} for {Council} {Period} failed after {ElapsedMs} ms; the previous publication is unchanged", run.Reference, council, period, elapsed);
        }
    }
}

/// <summary>
/// A run started by this instance: when, what was asked (audiences, empty meaning all; force),
/// a reference that its log entries carry, and its task.
/// </summary>
internal sealed class TrackedRun(DateTimeOffset startedAt, IReadOnlyList<string> audiences, bool force)
{
    private readonly TaskCompletionSource<RunSummary> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DateTimeOffset StartedAt { get; } = startedAt;

    public IReadOnlyList<string> Audiences { get; } = audiences;

    public bool Force { get; } = force;

    /// <summary>Renders every audience (no audiences named): what the quarterly timer needs.</summary>
    public bool IsAllAudiences => Audiences.Count == 0;

    /// <summary>Names the run in logs and error answers, so a failure can be found without showing its detail to callers.</summary>
    public string Reference { get; } = Guid.NewGuid().ToString("N")[..12];

    public Task<RunSummary> Task => _completion.Task;

    /// <summary>A sentence for callers about a failed run: the store's own message (written for people), else where to look.</summary>
    public string FailureText =>
        Task.Exception?.InnerException is StoreException store
            ? store.Message
            : $"The cause is in the handler's log under run reference {Reference}.";

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
