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

/// <summary>
/// Published comparator averages for an indicator in a year, from <c>config/benchmarks.csv</c>:
/// England and the council's statistical neighbours. <see cref="Year"/> is the year of the
/// statistic's reference date (30 September for the workforce, 31 March for children looked after);
/// <see cref="Published"/> is the day DfE published it, when known.
/// </summary>
public sealed record Benchmark(string IndicatorId, int Year, decimal? England, decimal? StatisticalNeighbours, string? Source = null, DateOnly? Published = null)
{
    /// <summary>
    /// Whether the figure existed when a quarter ending on <paramref name="quarterEnd"/> closed: published
    /// by that day or, without a publication date, describing a year before the one the quarter ends in
    /// (DfE's annual statistics come out months after their reference date).
    /// </summary>
    public bool AvailableBy(DateOnly quarterEnd) => Published is { } day ? day <= quarterEnd : Year < quarterEnd.Year;
}
