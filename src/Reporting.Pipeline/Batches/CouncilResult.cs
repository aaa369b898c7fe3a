using Reporting.Domain.Councils;

namespace Reporting.Pipeline.Batches;

/// <summary>One council's result in a batch: its outcome, a message for people, how long it took, and the run's own result when it ran.</summary>
public sealed record CouncilResult(CouncilCode Council, CouncilOutcome Outcome, string Message, TimeSpan Elapsed, RunResult? Run)
{
    /// <summary>Errors in the council's inputs (a published run can carry some: the indicators they touch are "not available").</summary>
    public int InputErrors => Run?.Findings.Count(f => f.Severity == Domain.Findings.Severity.Error) ?? 0;
}
