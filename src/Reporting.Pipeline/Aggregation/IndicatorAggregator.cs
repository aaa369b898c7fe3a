using System.Globalization;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles;

namespace Reporting.Pipeline.Aggregation;

/// <summary>
/// Combines record-level values, measures.csv values and earlier publications into the quarter's
/// indicators. Record-level values win over measures.csv; a disagreement beyond the indicator's
/// rounding is a warning. History prefers what was published for a quarter, then measures.csv
/// backfill rows.
/// </summary>
public static class IndicatorAggregator
{
    public static QuarterIndicators Aggregate(
        ValidatedQuarter quarter,
        IReadOnlyDictionary<FinancialQuarter, IReadOnlyList<IndicatorValue>> published)
    {
        var reach = HistoryReach(quarter, published.Keys);
        var period = quarter.Files.Period;
        var current = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
        foreach (var definition in IndicatorCatalogue.All)
        {
            current[definition.Id] = Choose(definition, period, quarter);
        }

        var history = new Dictionary<string, IReadOnlyDictionary<FinancialQuarter, IndicatorValue>>(StringComparer.Ordinal);
        foreach (var definition in IndicatorCatalogue.All)
        {
            var byPeriod = new Dictionary<FinancialQuarter, IndicatorValue>();
            for (var back = 1; back <= reach; back++)
            {
                var earlier = period.Plus(-back);
                var value = published.GetValueOrDefault(earlier)?.FirstOrDefault(v => v.IndicatorId == definition.Id && v.IsAvailable)
                    ?? quarter.Measures.FirstOrDefault(m => m.Value.IndicatorId == definition.Id && m.Value.Period == earlier)?.Value;
                if (value is { } known)
                {
                    byPeriod[earlier] = known;
                }
            }

            history[definition.Id] = byPeriod;
        }

        return new QuarterIndicators(period, current, history);
    }

    /// <summary>Quarters of history to look for: seven, or back to the earliest quarter the data or the baseline names, within <see cref="QuarterIndicators.MaxHistory"/>.</summary>
    private static int HistoryReach(ValidatedQuarter quarter, IEnumerable<FinancialQuarter> published)
    {
        var period = quarter.Files.Period;
        var earliest = quarter.Measures.Select(m => m.Value.Period).Concat(published)
            .Concat(quarter.Baseline is { } baseline ? [baseline] : [])
            .Where(p => p < period)
            .DefaultIfEmpty(period)
            .Min();
        return QuarterIndicators.QuartersBack(period, earliest);
    }

    private static IndicatorValue Choose(IndicatorDefinition definition, FinancialQuarter period, ValidatedQuarter quarter)
    {
        var measured = quarter.Measures.FirstOrDefault(m => m.Value.IndicatorId == definition.Id && m.Value.Period == period);
        var computed = quarter.RecordLevel.FirstOrDefault(v => v.IndicatorId == definition.Id);
        if (computed is { IsAvailable: true })
        {
            if (measured is { Value.Value: { } m } && definition.Round(m) != definition.Round(computed.Value!.Value))
            {
                quarter.Findings.Add(Finding.Warning(
                    measured.File,
                    $"{definition.Id} is {definition.Format(m)} here but {definition.Format(computed.Value.Value)} from the record-level files ({computed.Source}); the record-level figure is reported. Correct whichever is wrong.",
                    measured.Row,
                    "value",
                    m.ToString(CultureInfo.InvariantCulture)));
            }

            return computed;
        }

        if (measured is not null)
        {
            return measured.Value;
        }

        if (computed is not null)
        {
            return computed;
        }

        var measures = quarter.Files.Upload(MeasuresFile.FileName) is not { } measuresFile ? "measures.csv was not uploaded"
            : quarter.Findings.Any(f => f.File == measuresFile.Name && f.Severity == Severity.Error) ? "no usable row in measures.csv for this quarter (measures.csv has errors: see the data-quality findings)"
            : "no row in measures.csv for this quarter";
        var where = definition.RecordLevel
            ? $"{measures}, and no record-level file that yields it was uploaded for this quarter"
            : $"{measures} (it has no record-level source)";
        return IndicatorValue.NotAvailable(definition.Id, period, where);
    }

}
