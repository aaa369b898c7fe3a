using System.Diagnostics;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;

namespace Reporting.Pipeline.Batches;

/// <summary>
/// Runs one quarter for many councils in one process through the same <see cref="ReportRun"/> every
/// door uses, at most <see cref="MaxParallel"/> councils at a time (by default one per core: a run is
/// CPU-bound, so more would only queue for the cores). A council that fails, or throws, is reported
/// as failed with its message and never stops the others; each council keeps its own run lock, so a
/// batch and an on-demand run for the same council cannot both render. The CLI's
/// <c>run --council all</c> and the local <c>serve</c> timer call it; on Azure the queue fan-out
/// spreads councils over instances instead.
/// </summary>
public sealed class CouncilBatch
{
    private readonly Func<RunRequest, CancellationToken, Task<RunResult>> _run;

    /// <summary>A batch over <paramref name="run"/>; <paramref name="maxParallel"/> defaults to one council per core.</summary>
    public CouncilBatch(ReportRun run, int? maxParallel = null)
        : this((request, cancellationToken) => run.RunAsync(request, progress: null, cancellationToken), maxParallel)
    {
    }

    /// <summary>
    /// A batch that runs each council through <paramref name="run"/>: a host that tracks its own runs
    /// (the local <c>serve</c>, whose on-demand runs share the process) passes its own way of starting one.
    /// </summary>
    public CouncilBatch(Func<RunRequest, CancellationToken, Task<RunResult>> run, int? maxParallel = null)
    {
        _run = run;
        MaxParallel = maxParallel is > 0 ? maxParallel.Value : RunsPerCore;
    }

    /// <summary>
    /// How many runs one process takes on at once unless told otherwise: one per core, since a run is
    /// CPU-bound. The local <c>serve</c>'s in-process queue keeps as many workers.
    /// </summary>
    public static int RunsPerCore => Environment.ProcessorCount;

    /// <summary>How many councils run at the same time.</summary>
    public int MaxParallel { get; }

    /// <summary>
    /// Runs <paramref name="period"/> for each council (for <paramref name="audiences"/>, empty for all).
    /// <paramref name="progress"/> hears of each council as it finishes, from any thread.
    /// Cancelling stops councils not yet started and cancels those under way (their previous publication stays).
    /// </summary>
    public async Task<BatchResult> RunAsync(IReadOnlyList<CouncilCode> councils, FinancialQuarter period, IReadOnlyList<string> audiences, bool force = false,
        IProgress<CouncilResult>? progress = null, CancellationToken cancellationToken = default, bool publishWithErrors = false, bool publishIncomplete = false)
    {
        var clock = Stopwatch.StartNew();
        var results = new CouncilResult[councils.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = MaxParallel, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, councils.Count), options, async (index, token) =>
        {
            var result = await RunOneAsync(new RunRequest(councils[index], period, audiences, force, publishWithErrors, publishIncomplete), token);
            results[index] = result;
            progress?.Report(result);
        });

        return new BatchResult(period, [.. results.OrderBy(r => r.Council)], clock.Elapsed);
    }

    private async Task<CouncilResult> RunOneAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            // Parallel.ForEachAsync already calls each council from the thread pool, so CPU-bound work
            // before a run's first await does not hold the caller's thread.
            var result = await _run(request, cancellationToken);
            var outcome = result.Outcome switch
            {
                RunOutcome.Published => CouncilOutcome.Published,
                RunOutcome.Unchanged => CouncilOutcome.Unchanged,
                _ => CouncilOutcome.Failed,
            };
            return new CouncilResult(request.Council, outcome, result.Message, clock.Elapsed, result);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new CouncilResult(request.Council, CouncilOutcome.Failed,
                $"The run failed ({e.GetType().Name}: {e.Message}); the previous publication is unchanged.", clock.Elapsed, null);
        }
    }
}
