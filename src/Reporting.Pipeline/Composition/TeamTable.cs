using System.Globalization;
using Reporting.Domain.Comparison;
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
        var caseloadTarget = report.TargetOf(caseload.Id);
        var agencyTarget = report.TargetOf(agency.Id);
        return new(
            [
                new("Team"),
                new("Case-holding FTE", Numeric: true),
                new(TeamWording.Column("Average caseload", caseload, caseloadTarget), Numeric: true),
                new(TeamWording.Column("Agency share", agency, agencyTarget), Numeric: true),
                new("Against the targets"),
            ],
            [.. report.Teams.Select(team =>
            {
                var caseloadOver = IsOver(caseload, team.CaseloadAverage, caseloadTarget);
                var agencyOver = IsOver(agency, team.AgencyPercent, agencyTarget);
                return new TeamRow(
                    team.Team,
                    team.CaseHoldingFte.ToString("N1", CultureInfo.InvariantCulture),
                    TeamWording.Value(team.CaseloadAverage, caseload),
                    TeamWording.Value(team.AgencyPercent, agency),
                    TeamWording.Flag(caseloadOver, agencyOver, anyTarget: caseloadTarget is not null || agencyTarget is not null),
                    caseloadOver || agencyOver);
            })]);
    }

    /// <summary>Over a ceiling target, on the figures as shown: the one rule for the team chart and the team table.</summary>
    public static bool IsOver(IndicatorDefinition indicator, decimal? value, decimal? target) =>
        value is { } v && target is { } t && Assessment.Shortfall(indicator, v, t) > 0m;
}

/// <summary>One team's row of the <see cref="TeamTable"/>, its figures as printed.</summary>
public sealed record TeamRow(string Team, string CaseHoldingFte, string Caseload, string AgencyShare, string Flag, bool Over);
