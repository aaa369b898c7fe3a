using System.Globalization;
using Reporting.Domain.Indicators;

namespace Reporting.Pipeline.Composition;

/// <summary>
/// The team breakdown's table as both renderers show it, the PDF and the web page: a row per team
/// with its case-holding FTE, average caseload and agency share as printed, and which of the
/// council's targets it is over (<see cref="TeamRow.Over"/>, shown in bold). The targets head their
/// columns.
/// </summary>
public sealed record TeamTable(IReadOnlyList<TableHeading> Columns, IReadOnlyList<TeamRow> Rows)
{
    public static TeamTable Of(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var caseload = IndicatorCatalogue.Get(IndicatorCatalogue.CaseloadAverage);
        var agency = IndicatorCatalogue.Get(IndicatorCatalogue.AgencyRate);
        var caseloadTarget = ReviewWording.TargetOf(report, caseload.Id);
        var agencyTarget = ReviewWording.TargetOf(report, agency.Id);
        return new(
            [
                new("Team"),
                new("Case-holding FTE", Numeric: true),
                new(ReviewWording.TeamColumn("Average caseload", caseload, caseloadTarget), Numeric: true),
                new(ReviewWording.TeamColumn("Agency share", agency, agencyTarget), Numeric: true),
                new("Against the targets"),
            ],
            [.. report.Teams.Select(team =>
            {
                var (flag, over) = ReviewWording.TeamFlag(team, caseload, caseloadTarget, agency, agencyTarget);
                return new TeamRow(
                    team.Team,
                    team.CaseHoldingFte.ToString("N1", CultureInfo.InvariantCulture),
                    ReviewWording.TeamValue(team.CaseloadAverage, caseload),
                    ReviewWording.TeamValue(team.AgencyPercent, agency),
                    flag,
                    over);
            })]);
    }
}

/// <summary>One team's row of the <see cref="TeamTable"/>, its figures as printed.</summary>
public sealed record TeamRow(string Team, string CaseHoldingFte, string Caseload, string AgencyShare, string Flag, bool Over);
