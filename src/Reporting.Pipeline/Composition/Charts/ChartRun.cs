namespace Reporting.Pipeline.Composition.Charts;

/// <summary>
/// Consecutive quarters of a trend chart with the same known value (a standing target, a year's England
/// average), drawn as one step from the first quarter's slot to the last's. Invariant: <see cref="First"/> &lt;= <see cref="Last"/>.
/// </summary>
public sealed record ChartRun(int First, int Last, decimal Value);
