namespace Reporting.Domain.Comparison;

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
