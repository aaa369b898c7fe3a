using Reporting.Domain.Indicators;
using Reporting.Pipeline.Composition.Charts;

namespace Reporting.Pipeline.Composition;

/// <summary>One team's bar; no value means the figure is not available.</summary>
public sealed record TeamBar(string Team, decimal? Value);

/// <summary>
/// A chart of one indicator by team, as both reviews draw it (the PDF with XGraphics, the HTML review
/// as SVG): a bar per team in the team table's order, the council's target (a ceiling: caseload,
/// agency share) and the council-wide figure, and the words a screen reader says for it.
/// </summary>
public sealed record TeamChart(string Title, IndicatorDefinition Indicator, IReadOnlyList<TeamBar> Bars, decimal? Council, decimal? Target)
{
    /// <summary>The review's team charts: average caseload and the agency share, by team.</summary>
    public static IReadOnlyList<TeamChart> Of(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            For(report, "Average caseload by team", t => t.CaseloadAverage, IndicatorCatalogue.CaseloadAverage),
            For(report, "Agency share of social workers by team", t => t.AgencyPercent, IndicatorCatalogue.AgencyRate),
        ];
    }

    private static TeamChart For(ReportModel report, string title, Func<TeamFigures, decimal?> value, string indicatorId) => new(
        title,
        IndicatorCatalogue.Get(indicatorId),
        [.. report.Teams.Select(t => new TeamBar(t.Team, value(t)))],
        report.Indicators.FirstOrDefault(i => i.Definition.Id == indicatorId)?.Current.Value,
        report.TargetOf(indicatorId));

    /// <summary>The teams whose figure is over the target, by the rule the team table flags them with.</summary>
    private IEnumerable<TeamBar> OverTarget => Bars.Where(b => TeamTable.IsOver(Indicator, b.Value, Target));

    /// <summary>The largest figure the chart shows: a bar, the target or the council-wide line (0 when none).</summary>
    public decimal Highest => Bars.Select(b => b.Value).Append(Council).Append(Target).OfType<decimal>().DefaultIfEmpty(0m).Max();

    /// <summary>The value axis the bars are drawn on, from zero to cover <see cref="Highest"/>.</summary>
    public ChartAxis Axis => ChartAxis.Covering([0, (double)Highest], Indicator.Unit);

    /// <summary>The alt text: every team's figure, highest first, then the target, the teams over it and the council-wide figure.</summary>
    public string Description
    {
        get
        {
            var known = Bars.Where(b => b.Value is not null).OrderByDescending(b => b.Value).ToArray();
            var parts = known.Select(b => $"{b.Team} {Indicator.Format(b.Value!.Value)}").ToList();
            parts.AddRange(Bars.Where(b => b.Value is null).Select(b => $"{b.Team} not available"));
            var text = $"{Title}: " + (parts.Count == 0 ? "no teams" : string.Join(", ", parts));
            if (Target is { } goal)
            {
                var over = OverTarget.Select(b => b.Team).ToArray();
                text += $"; target {Indicator.Format(goal)}, " + (over.Length == 0 ? "no team over it" : "over it: " + string.Join(", ", over));
            }

            return Council is { } council ? $"{text}; council-wide {Indicator.Format(council)}." : text + ".";
        }
    }
}
