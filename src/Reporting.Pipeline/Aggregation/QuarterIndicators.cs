using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;

namespace Reporting.Pipeline.Aggregation;

/// <summary>
/// The Aggregate stage's output: one value (or reason) for every catalogue indicator in the
/// quarter, and each indicator's history: the eight quarters that end with it, or back to the
/// plan's baseline when that is earlier (at most <see cref="MaxHistory"/> quarters).
/// </summary>
public sealed record QuarterIndicators(
    FinancialQuarter Period,
    IReadOnlyDictionary<string, IndicatorValue> Current,
    IReadOnlyDictionary<string, IReadOnlyDictionary<FinancialQuarter, IndicatorValue>> History)
{
    /// <summary>How many quarters a trend shows, this one included.</summary>
    public const int TrendLength = 8;

    /// <summary>How far back history reaches at most (five years), however early the baseline.</summary>
    public const int MaxHistory = 20;

    /// <summary>
    /// How many quarters before <paramref name="period"/> a trend reads to reach back to
    /// <paramref name="earliest"/>: at least the trend's own seven, at most <see cref="MaxHistory"/> in all.
    /// </summary>
    public static int QuartersBack(FinancialQuarter period, FinancialQuarter? earliest) =>
        Math.Clamp(earliest is { } start ? period.QuartersSince(start) : 0, TrendLength - 1, MaxHistory - 1);

    /// <summary>Whether <paramref name="earlier"/> is within history's reach of <paramref name="period"/> (a baseline further back is not used).</summary>
    public static bool WithinReach(FinancialQuarter period, FinancialQuarter earlier) =>
        earlier <= period && period.QuartersSince(earlier) < MaxHistory;

    /// <summary>The earliest quarter with a figure for any indicator (this one when there is no history).</summary>
    public FinancialQuarter Earliest => History.Values.SelectMany(h => h.Keys).DefaultIfEmpty(Period).Min();

    /// <summary>The value for this or an earlier quarter, if known.</summary>
    public IndicatorValue? ValueIn(string indicatorId, FinancialQuarter period) =>
        period == Period ? Current[indicatorId]
        : History.TryGetValue(indicatorId, out var byPeriod) && byPeriod.TryGetValue(period, out var value) ? value
        : null;
}
