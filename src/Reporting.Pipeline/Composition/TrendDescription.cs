using Reporting.Domain.Comparison;
using Reporting.Domain.Indicators;
namespace Reporting.Pipeline.Composition;

/// <summary>
/// The alt text of a trend chart: the shape in words, as a reader of the chart would say it —
/// "Average caseload per social worker fell from 20.1 in 2015/16 Q1 to 14.2 in 2017/18 Q2,
/// highest 20.1 in 2015/16 Q1 ... ; met its target from 2016/17 Q1 onwards; target 15.0; England
/// average 16.1 (2016); lower is better." Peaks and troughs are named when they fall between the
/// first and last quarters; when the target was met is read quarter by quarter. The PDF's and the
/// HTML review's trend charts both say it.
/// </summary>
public static class TrendDescription
{
    /// <summary>A trend chart's caption: the indicator, its figure and its rating ("Agency worker rate: 20.0% (Red)").</summary>
    public static string Caption(IndicatorReport indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return $"{indicator.Definition.Title}: {indicator.ValueText} ({indicator.Assessment.Status.Word()})";
    }

    public static string For(IndicatorReport indicator)
    {
        var definition = indicator.Definition;
        var known = indicator.History.Where(p => p.Value is not null).ToArray();
        string trend;
        if (known.Length == 0)
        {
            trend = $"{definition.Title}: no figures are available for the quarters shown";
        }
        else if (known.Length == 1)
        {
            trend = $"{definition.Title} was {definition.Format(known[0].Value!.Value)} in {known[0].Period.ShortLabel}, with no earlier figures to compare";
        }
        else
        {
            var first = known[0];
            var last = known[^1];
            var from = definition.Round(first.Value!.Value);
            var to = definition.Round(last.Value!.Value);
            trend = from == to
                ? $"{definition.Title} was {definition.Format(to)} in both {first.Period.ShortLabel} and {last.Period.ShortLabel}"
                : $"{definition.Title} {(to > from ? "rose" : "fell")} from {definition.Format(from)} in {first.Period.ShortLabel} to {definition.Format(to)} in {last.Period.ShortLabel}";
        }

        if (known.Length > 2)
        {
            var peak = known.MaxBy(p => definition.Round(p.Value!.Value))!;
            var trough = known.MinBy(p => definition.Round(p.Value!.Value))!;
            var turns = new List<string>();
            if (peak != known[0] && peak != known[^1])
            {
                turns.Add($"peaking at {definition.Format(peak.Value!.Value)} in {peak.Period.ShortLabel}");
            }

            if (trough != known[0] && trough != known[^1])
            {
                turns.Add($"lowest at {definition.Format(trough.Value!.Value)} in {trough.Period.ShortLabel}");
            }

            if (turns.Count > 0)
            {
                trend += ", " + string.Join(" and ", turns);
            }
        }

        var parts = new List<string> { trend };
        if (TargetHistory(indicator) is { } met)
        {
            parts.Add(met);
        }

        if (indicator.Target is { } target)
        {
            parts.Add(string.IsNullOrWhiteSpace(target.TrajectoryNote)
                ? $"target {definition.Format(target.Value)}"
                : $"target {definition.Format(target.Value)} ({target.TrajectoryNote.Trim()})");
        }

        if (indicator.Benchmark is { England: { } england } benchmark)
        {
            parts.Add($"England average {definition.Format(england)} ({benchmark.Year})");
        }

        parts.Add(PolarityWords.Sentence(definition.Polarity));
        return string.Join("; ", parts) + ".";
    }

    /// <summary>When the figure met the target that applied in each quarter, on the figures as shown.</summary>
    private static string? TargetHistory(IndicatorReport indicator)
    {
        var definition = indicator.Definition;
        if (definition.Polarity == Polarity.Neutral)
        {
            return null;
        }

        var judged = indicator.History.Where(p => p.Value is not null && p.Target is not null)
            .Select(p => (p.Period, Met: Assessment.MeetsTarget(definition, p.Value!.Value, p.Target!.Value)))
            .ToArray();
        if (judged.Length < 2)
        {
            return null;
        }

        var met = judged.Count(j => j.Met);
        if (met == judged.Length)
        {
            return "met its target in every quarter shown";
        }

        if (met == 0)
        {
            return "did not meet its target in any quarter shown";
        }

        var since = judged.Length;
        while (since > 0 && judged[since - 1].Met)
        {
            since--;
        }

        return since < judged.Length
            ? $"met its target from {judged[since].Period.ShortLabel} onwards"
            : $"met its target in {met} of {judged.Length} quarters, most recently {judged.Last(j => j.Met).Period.ShortLabel}";
    }
}
