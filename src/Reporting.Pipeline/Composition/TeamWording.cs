using Reporting.Domain.Indicators;

namespace Reporting.Pipeline.Composition;

/// <summary>The words of the team breakdown, alike in the PDF and on the web page: its introduction, its column headings, its figures and flags as printed.</summary>
public static class TeamWording
{
    public const string NoTeams = "No record-level workforce file was supplied for this quarter, so caseload and agency share cannot be shown by team.";

    /// <summary>What the team charts and table show, above them in both reviews.</summary>
    public const string TeamsIntro = "Average caseload and the share of social work capacity filled by agency workers, by team, at the end of the quarter. The dashed line marks the council's target and the dotted line the council-wide figure; the table flags the teams over a target.";

    /// <summary>Which of the council's targets a team is over ("Over target: caseload"), or that it is within them, or that there are none.</summary>
    public static string Flag(bool caseloadOver, bool agencyOver, bool anyTarget)
    {
        string[] over = [.. new[] { (caseloadOver, "caseload"), (agencyOver, "agency share") }.Where(o => o.Item1).Select(o => o.Item2)];
        return over.Length > 0
            ? "Over target: " + string.Join(" and ", over)
            : anyTarget ? "Within target" : "No targets set";
    }

    /// <summary>The team table's column heading for an indicator, with the council's target when it has one.</summary>
    public static string Column(string name, IndicatorDefinition indicator, decimal? target)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return target is null ? name : $"{name} (target {indicator.Format(target.Value)})";
    }

    /// <summary>A team figure as printed, "n/a" when unknown.</summary>
    public static string Value(decimal? value, IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return value is { } v ? indicator.Format(v) : ReportComposer.NotAvailableText;
    }
}
