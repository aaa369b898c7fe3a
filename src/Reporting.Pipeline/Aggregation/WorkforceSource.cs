using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.MetricFiles.RecordFields;
using Reporting.Pipeline.MetricFiles.Workforce;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Aggregation;

/// <summary>
/// Workforce indicators (priorities 2 and 3) from workforce.csv or csww.xml, with vacancies.csv
/// (or the census's LALevelVacancies) for the vacancy rate, plus caseload and agency share by team.
/// When both workforce.csv and csww.xml are uploaded, workforce.csv is used and the census is flagged.
/// </summary>
public sealed class WorkforceSource : IRecordSource
{
    private static readonly string[] Indicators =
        [CaseloadAverage, PermanentPercent, AgencyRate, TurnoverRate, VacancyRate, RecruitedPermanent, RecruitedGraduate, ManagerSpan, ManagersPermanent];

    public bool Reads(string relativeName) =>
        relativeName.Equals(WorkforceFile.Name, StringComparison.OrdinalIgnoreCase)
        || relativeName.Equals(CswwFile.Name, StringComparison.OrdinalIgnoreCase)
        || relativeName.Equals(VacanciesFile.Name, StringComparison.OrdinalIgnoreCase);

    public SourceResult Read(QuarterFiles files)
    {
        var csv = files.Upload(WorkforceFile.Name);
        var census = files.Upload(CswwFile.Name);
        var vacanciesFile = files.Upload(VacanciesFile.Name);
        if (csv is null && census is null && vacanciesFile is null)
        {
            return SourceResult.Nothing;
        }

        var findings = new FindingList();
        var period = files.Period;
        WorkforceRoster? roster = null;
        VacancyCount? vacancies = null;
        string rosterName;
        if (csv is not null)
        {
            rosterName = csv.Name;
            roster = WorkforceFile.Read(csv, findings);
            if (census is not null)
            {
                findings.Add(Finding.Warning(census.Name, "Not used: workforce.csv was uploaded for the same quarter and is used instead. Upload one of the two."));
            }
        }
        else if (census is not null)
        {
            rosterName = census.Name;
            (roster, vacancies) = CswwFile.Read(census, findings);
        }
        else
        {
            rosterName = WorkforceFile.Name;
        }

        if (vacanciesFile is not null)
        {
            vacancies = VacanciesFile.Read(vacanciesFile, findings) ?? vacancies;
        }

        if (roster is { Workers.Count: 0 })
        {
            // A census with no worker in it (or every worker rejected) cannot support a figure: not a false zero.
            findings.Add(Finding.Error(roster.File, "No worker in the file can be used, so the workforce indicators are not available. Upload it with the workers in post at the quarter end and the leavers of the 12 months before it."));
            roster = null;
        }

        if (roster is null)
        {
            var reason = csv is null && census is null
                ? "no workforce.csv or csww.xml was uploaded for the quarter"
                : $"{rosterName} could not be used (see its data-quality findings)";
            return new SourceResult([.. Indicators.Select(id => IndicatorValue.NotAvailable(id, period, reason, rosterName))], findings, []);
        }

        FlagRowsOutsideThePeriod(roster, period, findings);
        var (totals, teams) = WorkforceTotals.WithTeams(roster.Workers, period, byTeam: roster.HasTeams);
        return new SourceResult(totals.Indicators(period, roster, vacancies), findings, teams);
    }

    /// <summary>The roster should hold workers in post at quarter end and leavers of the 12 months before it; anything else is flagged.</summary>
    private static void FlagRowsOutsideThePeriod(WorkforceRoster roster, Domain.Periods.FinancialQuarter period, FindingList findings)
    {
        // One pass, the period's dates worked out once.
        var (end, yearStart) = (period.End, period.Rolling12Months.Start);
        int future = 0, longGone = 0;
        foreach (var worker in roster.Workers)
        {
            future += worker.Start > end ? 1 : 0;
            longGone += worker.End < yearStart ? 1 : 0;
        }

        if (future > 0)
        {
            findings.Add(Finding.Warning(roster.File, $"{future} worker{(future == 1 ? " starts" : "s start")} after the quarter end ({end:dd/MM/yyyy}): not counted. Check start_date, or that the file is for {period.ShortLabel}."));
        }

        if (longGone > 0)
        {
            findings.Add(Finding.Warning(roster.File, $"{longGone} worker{(longGone == 1 ? "" : "s")} left before the 12 months to quarter end (before {yearStart:dd/MM/yyyy}): not counted in turnover. The file needs only workers in post and leavers of the last 12 months."));
        }
    }
}
