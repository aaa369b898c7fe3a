using Reporting.Domain.Indicators;
using Reporting.Pipeline.Composition;

namespace Reporting.Rendering.Charts;

/// <summary>
/// The alt text of a trend chart: the trend in words, as a reader of the chart would say it —
/// "Average caseload per social worker fell from 20.1 in 2015/16 Q1 to 14.2 in 2017/18 Q2;
/// target 15.0; England average 16.1; lower is better."
/// </summary>
internal static class TrendDescription
{
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

        var parts = new List<string> { trend };
        if (indicator.Target is { } target)
        {
            parts.Add(string.IsNullOrWhiteSpace(target.TrajectoryNote)
                ? $"target {definition.Format(target.Value)}"
                : $"target {definition.Format(target.Value)} ({target.TrajectoryNote.Trim()})");
        }

        if (indicator.Benchmark?.England is { } england)
        {
            parts.Add($"England average {definition.Format(england)}");
        }

        parts.Add(PolarityWords.Sentence(definition.Polarity));
        return string.Join("; ", parts) + ".";
    }
}
