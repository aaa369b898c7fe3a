using Reporting.Domain.Periods;

namespace Reporting.Pipeline.Batches;

/// <summary>What a batch did: every council's result in code order, and the wall time.</summary>
public sealed record BatchResult(FinancialQuarter Period, IReadOnlyList<CouncilResult> Councils, TimeSpan Elapsed)
{
    public int Count(CouncilOutcome outcome) => Councils.Count(c => c.Outcome == outcome);

    public bool AnyFailed => Councils.Any(c => c.Outcome == CouncilOutcome.Failed);
}
