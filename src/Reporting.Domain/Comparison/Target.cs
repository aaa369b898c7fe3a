using Reporting.Domain.Periods;

namespace Reporting.Domain.Comparison;

/// <summary>
/// The council's target for an indicator in a quarter, from <c>config/targets.csv</c>, with an
/// optional note on the trajectory towards it and an optional tolerance (a fraction of the
/// target within which a miss is amber rather than red; default <see cref="DefaultTolerance"/>).
/// </summary>
public sealed record Target(string IndicatorId, FinancialQuarter Period, decimal Value, string? TrajectoryNote = null, decimal? Tolerance = null)
{
    /// <summary>A miss of up to 10% of the target is amber.</summary>
    public const decimal DefaultTolerance = 0.10m;

    public decimal EffectiveTolerance => Tolerance ?? DefaultTolerance;
}
