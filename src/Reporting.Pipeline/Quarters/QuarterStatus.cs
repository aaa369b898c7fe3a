using Reporting.Domain.Findings;
using Reporting.Pipeline.Queueing;

namespace Reporting.Pipeline.Quarters;

/// <summary>
/// A quarter at a glance: uploads, the publication in force, its findings, whether any instance holds
/// the quarter's run lease, and the latest requested run's state.
/// </summary>
public sealed record QuarterStatus(IReadOnlyList<UploadedInput> Inputs, PublishedRun? Published, IReadOnlyList<Finding> Findings, bool RunInProgress, RunState? LastRun)
{
    /// <summary>"not-run": inputs are uploaded, nothing was ever run or published.</summary>
    public const string NotRun = "not-run";

    /// <summary>What changed since the publication in force (the pipeline's sentences); not empty when it is out of date.</summary>
    public IReadOnlyList<string> ChangesSincePublished { get; init; } = [];

    /// <summary>
    /// The quarter's state at <paramref name="now"/>, one of <see cref="RunStates"/> or <see cref="NotRun"/>:
    /// running while anyone holds the run lease; else the latest run's state unless it is a queued or
    /// running state gone stale; else published, no inputs, or not run; and out-of-date instead of
    /// published or unchanged when the publication no longer matches its inputs.
    /// </summary>
    public string StateAt(DateTimeOffset now) =>
        (RunInProgress ? RunStates.Running
        : LastRun is { } last && (last.IsActiveAt(now) || last.State is not (RunStates.Queued or RunStates.Running or RunStates.Retrying)) ? last.State
        : Published is not null ? RunStates.Published
        : Inputs.Count == 0 ? RunStates.NoInputs
        : NotRun) is var state && state is RunStates.Published or RunStates.Unchanged && Published is not null && ChangesSincePublished.Count > 0
            ? RunStates.OutOfDate
            : state;

    /// <summary>The out-of-date state in words: the publication in force and what changed since.</summary>
    public string OutOfDateMessage => $"The publication in force (run {Published?.RunId}) no longer matches its inputs: {string.Join("; ", ChangesSincePublished)}. Run the quarter again to bring it up to date.";

    /// <summary>A run is queued or under way (the pages refresh while it is).</summary>
    public bool ActiveAt(DateTimeOffset now) => RunInProgress || (LastRun?.IsActiveAt(now) ?? false);
}
