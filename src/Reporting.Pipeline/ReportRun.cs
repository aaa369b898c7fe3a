using System.Globalization;
using System.Reflection;
using Reporting.Domain.Councils;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Publishing;
using Reporting.Pipeline.Rendering;
using Reporting.Pipeline.Runs;
using Reporting.Pipeline.Storage;

namespace Reporting.Pipeline;

/// <summary>
/// <c>Run(council, period, audiences)</c>: the one pipeline every door (timer, HTTP, CLI) calls.
/// Plan (collect) → Validate → Aggregate → the publication gate → Compose and Render → Publish, as a singleton per council and
/// quarter (a lease on a lock object), publishing outputs into a folder named after the run and
/// <c>manifest.json</c> last, so a run that fails midway leaves the previous publication intact.
/// The same inputs give the same run id and byte-identical documents.
/// </summary>
public sealed class ReportRun(IObjectStore store, IReportRenderer renderer, IReadOnlyList<IRecordSource> sources, TimeProvider? timeProvider = null, IReportRenderer? htmlRenderer = null)
{
    /// <summary>
    /// How long the run lock lasts unless renewed: short, so the lock of a run that died (a killed
    /// process, a recycled instance) frees itself soon; renewed in the background while work goes
    /// on (<see cref="LeaseKeeper"/>). 15 s is the shortest lease Blob Storage grants.
    /// </summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);

    /// <summary>The lease this run takes (<see cref="LeaseDuration"/>; shorter in tests of renewal on the folder store).</summary>
    public TimeSpan LeaseLength { get; init; } = LeaseDuration;

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly RunPlanner _planner = new(store, Generator, timeProvider ?? TimeProvider.System);
    private readonly PublicationGate _gate = new(store);
    private readonly RunRenderer _renderer = new(renderer, htmlRenderer);
    private readonly RunPublisher _publisher = new(store, Generator);
    private readonly PublicationStaleness _staleness = new(store);

    /// <summary>"Reporting 1.0.0": recorded in manifests; a new version re-renders unchanged inputs.</summary>
    public static string Generator { get; } =
        "Reporting " + (typeof(ReportRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0");

    public async Task<RunResult> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = _time.GetUtcNow();
        var (council, period) = (request.Council, request.Period);
        await store.CreateContainerIfNotExistsAsync(StoreLayout.ReportsContainer, cancellationToken);
        var lease = await store.TryAcquireLeaseAsync(StoreLayout.ReportsContainer, StoreLayout.RunLock(council, period), LeaseLength, cancellationToken);
        if (lease is null)
        {
            return new RunResult(RunOutcome.AlreadyRunning, AlreadyRunningMessage(council, period), null, []);
        }

        await using var keeper = LeaseKeeper.Start(lease, LeaseLength, _time);

        progress?.Report(new RunProgress(RunStage.Collect, $"listing metrics/{StoreLayout.QuarterInputs(council, period)}"));
        var planned = await _planner.PlanAsync(request, cancellationToken);
        if (planned.Plan is not { } plan)
        {
            return planned.Answer!;
        }

        progress?.Report(new RunProgress(RunStage.Validate, $"{plan.Files.Uploads.Count} uploaded files, {plan.Files.Config.Count} config files"));
        var quarter = QuarterValidation.Validate(plan.Files, sources);
        quarter.Findings.InsertRange(0, plan.ConfigFindings);

        progress?.Report(new RunProgress(RunStage.Aggregate, $"{IndicatorCatalogue.All.Count} indicators"));
        var indicators = IndicatorAggregator.Aggregate(quarter, plan.History.Values);
        var verdict = await _gate.CheckAsync(request, plan, quarter, indicators, cancellationToken);
        if (!verdict.Passes)
        {
            return new RunResult(verdict.Outcome, verdict.Message, plan.InForce.Manifest, quarter.Findings) { Gate = verdict };
        }

        keeper.ThrowIfLost();
        var rendered = _renderer.Render(plan, quarter, indicators, verdict, keeper, progress);

        progress?.Report(new RunProgress(RunStage.Publish, $"reports/{StoreLayout.Publication(council, period)}{plan.RunId}/"));
        var manifest = await _publisher.PublishAsync(plan, rendered, quarter.Findings, started, _time, keeper, cancellationToken);
        var summary = string.Create(CultureInfo.InvariantCulture, $"Published {plan.Audiences.Count} document(s) for council {council} {period.Label}: {quarter.Findings.ErrorCount} error(s), {quarter.Findings.WarningCount} warning(s) in the inputs.{(verdict.Confirmed.Length > 0 ? " " + verdict.Confirmed : string.Empty)}");
        return new RunResult(RunOutcome.Published, summary, manifest, quarter.Findings) { Gate = verdict };
    }

    /// <summary>
    /// What a run would do, without taking the lock or rendering: its answer when it would end at
    /// once (a quarter not ended, no inputs, a council not set up, an unknown audience, inputs
    /// unchanged and not forced), else null. How an
    /// on-demand request answers before queueing a run.
    /// </summary>
    public async Task<RunResult?> PreviewAsync(RunRequest request, CancellationToken cancellationToken = default) =>
        (await _planner.PlanAsync(request, cancellationToken)).Answer;

    /// <summary>The manifest in force for a quarter and its ETag (both null when nothing is published yet).</summary>
    public Task<PublicationInForce> ReadManifestAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken = default) =>
        _planner.ReadManifestAsync(council, period, cancellationToken);

    /// <summary>
    /// What changed since <paramref name="inForce"/> was published (uploads, config, earlier quarters it
    /// draws on), a sentence each; empty when it still matches its inputs, else the quarter is out of date.
    /// </summary>
    public Task<IReadOnlyList<string>> ChangesSincePublishedAsync(CouncilCode council, FinancialQuarter period, Manifest inForce, CancellationToken cancellationToken = default) =>
        _staleness.ChangesAsync(council, period, inForce, cancellationToken);

    /// <summary>
    /// Breaks the quarter's run lock whoever holds it: for an operator sure that no run is going on
    /// (a run still going on loses its lock and publishes nothing). True when a lock was held.
    /// </summary>
    public Task<bool> BreakLockAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken = default) =>
        store.BreakLeaseAsync(StoreLayout.ReportsContainer, StoreLayout.RunLock(council, period), cancellationToken);

    /// <summary>What a second run is told: who holds the quarter, when the lock frees itself, how to break it.</summary>
    public string AlreadyRunningMessage(CouncilCode council, FinancialQuarter period) => string.Create(
        CultureInfo.InvariantCulture,
        $"A run for council {council} {period.ShortLabel} is already in progress; wait for it to finish, then check the published results. Its lock frees itself within {LeaseLength.TotalSeconds:0} s of that run stopping; if you are sure none is running, break it (reporting run --break-lock, or DELETE /api/runs/{council}/{period}/lock).");

    /// <summary>Whether a run of this quarter is under way anywhere: someone holds its run lease.</summary>
    public Task<bool> IsRunningAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken = default) =>
        store.IsLeasedAsync(StoreLayout.ReportsContainer, StoreLayout.RunLock(council, period), cancellationToken);

    /// <summary>Collects a quarter's uploads (unless not wanted) and the council's config from the metrics container.</summary>
    public Task<QuarterFiles> CollectAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken = default, bool withUploads = true) =>
        _planner.CollectAsync(council, period, cancellationToken, withUploads);
}
