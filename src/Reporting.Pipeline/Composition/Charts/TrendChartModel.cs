using Reporting.Domain.Indicators;

namespace Reporting.Pipeline.Composition.Charts;

/// <summary>
/// One indicator's trend chart as every renderer draws it (the PDF with XGraphics, the HTML review as
/// SVG), decided once from its history: the value axis with its ticks and labels, a label per quarter,
/// the council's figures (null where unknown or suppressed: a gap, never a figure), the targets and
/// England averages as steps, the target's better side shaded (polarity-aware), and the latest figure's
/// label. A renderer chooses only sizes, colours and line styles. <see cref="Axis"/> is null when no
/// quarter has a figure.
/// </summary>
public sealed record TrendChartModel
{
    /// <summary>What the legend says beside the shading of the target's better side.</summary>
    public const string TargetMetLabel = "Target met";

    /// <summary>What the chart says in its plot when no quarter has a figure.</summary>
    public const string NoFiguresText = "No figures yet for this indicator";

    public required IndicatorDefinition Indicator { get; init; }

    /// <summary>The value axis covering the figures, the targets and the England averages; null when there are no figures.</summary>
    public ChartAxis? Axis { get; init; }

    /// <summary>The quarters shown, oldest first, as labelled under the plot.</summary>
    public required IReadOnlyList<ChartQuarter> Quarters { get; init; }

    /// <summary>The council's figure per quarter (one per <see cref="Quarters"/>), null where unknown or hidden.</summary>
    public required IReadOnlyList<decimal?> Values { get; init; }

    /// <summary>The target as given for each run of quarters (a trajectory steps, a standing target is one line).</summary>
    public required IReadOnlyList<ChartRun> Targets { get; init; }

    /// <summary>The England average as it applied to each run of quarters.</summary>
    public required IReadOnlyList<ChartRun> England { get; init; }

    /// <summary>Whether the better side of each target is shaded: the indicator has a direction and a target.</summary>
    public bool Shaded => Indicator.Polarity != Polarity.Neutral && Targets.Count > 0;

    /// <summary>Whether the shaded better side is below the target line (lower is better) rather than above it.</summary>
    public bool BetterBelow => Indicator.Polarity == Polarity.LowerIsBetter;

    /// <summary>The legend's words for the direction: "Lower is better", "Higher is better" or "Context only".</summary>
    public string PolarityLegend => PolarityWords.Legend(Indicator.Polarity);

    /// <summary>The latest quarter with a figure, its index and its label as printed; null when none has one.</summary>
    public (int Index, decimal Value, string Label)? Latest =>
        Values.Select((v, i) => (Value: v, Index: i)).LastOrDefault(p => p.Value is not null) is { Value: { } last } point
            ? (point.Index, last, Indicator.Format(last))
            : null;

    /// <summary>The chart of an indicator's history (the last eight quarters, or back to the baseline).</summary>
    public static TrendChartModel Of(IndicatorReport indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var history = indicator.History;
        var values = history.Where(p => p.Value is not null).Select(p => (double)p.Value!.Value)
            .Concat(history.Where(p => p.Target is not null).Select(p => (double)p.Target!.Value))
            .Concat(history.Where(p => p.England is not null).Select(p => (double)p.England!.Value))
            .ToArray();
        return new TrendChartModel
        {
            Indicator = indicator.Definition,
            Axis = history.Any(p => p.Value is not null) ? ChartAxis.Covering(values, indicator.Definition.Unit) : null,
            Quarters = [.. history.Select((p, i) => new ChartQuarter(
                $"Q{p.Period.Quarter}",
                i == 0 || p.Period.Quarter == 1 ? $"{p.Period.StartYear % 100:00}/{(p.Period.StartYear + 1) % 100:00}" : null))],
            Values = [.. history.Select(p => p.Value)],
            Targets = Runs(history, p => p.Target),
            England = Runs(history, p => p.England),
        };
    }

    /// <summary>Runs of consecutive quarters with the same known value: first index, last index, value.</summary>
    private static ChartRun[] Runs(IReadOnlyList<HistoryPoint> history, Func<HistoryPoint, decimal?> value)
    {
        var runs = new List<ChartRun>();
        var start = -1;
        decimal current = 0;
        for (var i = 0; i <= history.Count; i++)
        {
            var next = i < history.Count ? value(history[i]) : null;
            if (start >= 0 && next != current)
            {
                runs.Add(new ChartRun(start, i - 1, current));
                start = -1;
            }

            if (start < 0 && next is { } known)
            {
                start = i;
                current = known;
            }
        }

        return [.. runs];
    }
}
