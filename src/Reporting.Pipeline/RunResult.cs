using Reporting.Domain.Findings;
using Reporting.Pipeline.Publishing;

namespace Reporting.Pipeline;

/// <summary>What a run did: outcome, a message for people, the manifest now in force and the findings.</summary>
public sealed record RunResult(RunOutcome Outcome, string Message, Manifest? Manifest, IReadOnlyList<Finding> Findings)
{
    /// <summary>What the publication gate found, when the run reached it: what is missing and the figures it held back.</summary>
    public GateVerdict? Gate { get; init; }

    public bool Succeeded => Outcome is RunOutcome.Published or RunOutcome.Unchanged;
}
