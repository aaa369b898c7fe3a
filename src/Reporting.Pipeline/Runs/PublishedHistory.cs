using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles;

namespace Reporting.Pipeline.Runs;

/// <summary>
/// What earlier publications of the council give a run: each earlier quarter's published values
/// (the trend's history) and the <c>indicators.json</c> files they came from, which are inputs of the run.
/// </summary>
public sealed record PublishedHistory(IReadOnlyDictionary<FinancialQuarter, IReadOnlyList<IndicatorValue>> Values, IReadOnlyList<InputFile> Files)
{
    public static PublishedHistory None { get; } = new(new Dictionary<FinancialQuarter, IReadOnlyList<IndicatorValue>>(), []);
}
