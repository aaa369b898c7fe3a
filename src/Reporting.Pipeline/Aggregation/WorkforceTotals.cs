using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles.Workforce;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Aggregation;

/// <summary>
/// The components of DfE's workforce measures for one quarter end, summed from a roster
/// (DfE, Children's social work workforce: methodology). In-post figures count every children and
/// family social worker in post at the end of the quarter's last day, whatever the role; leavers are
/// permanent workers whose end date falls in the 12 months to quarter end; case holders are workers
/// in post holding one or more cases.
/// </summary>
public sealed record WorkforceTotals(
    decimal PermanentFte,
    decimal AgencyFte,
    decimal PermanentLeaverFte,
    decimal CaseHoldingFte,
    decimal CasesHeld,
    decimal FirstLineManagerFte,
    int PermanentStarters,
    int NewlyQualifiedStarters)
{
    /// <summary>Sums a roster's workers for a quarter.</summary>
    public static WorkforceTotals From(IEnumerable<SocialWorker> workers, FinancialQuarter period)
    {
        decimal permanent = 0m, agency = 0m, leavers = 0m, caseHolding = 0m, cases = 0m, managers = 0m;
        int starters = 0, newlyQualified = 0;
        var yearToDate = period.Rolling12Months;
        var quarter = period.Dates;
        foreach (var worker in workers)
        {
            if (worker.InPostAt(period.End))
            {
                if (worker.Agency)
                {
                    agency += worker.Fte;
                }
                else
                {
                    permanent += worker.Fte;
                }

                if (worker.HoldsCases)
                {
                    caseHolding += worker.Fte;
                    cases += worker.Cases!.Value;
                }

                if (worker.Role == OrgRole.FirstLineManager)
                {
                    managers += worker.Fte;
                }
            }
            else if (!worker.Agency && worker.End is { } end && yearToDate.Contains(end))
            {
                leavers += worker.Fte;
            }

            if (worker.Start is { } start && quarter.Contains(start))
            {
                starters += worker.Agency ? 0 : 1;
                newlyQualified += worker.NewlyQualified ? 1 : 0;
            }
        }

        return new WorkforceTotals(permanent, agency, leavers, caseHolding, cases, managers, starters, newlyQualified);
    }

    /// <summary>
    /// The workforce indicators from these totals. <paramref name="vacancies"/> is null when no
    /// vacancy figure was supplied; <paramref name="roster"/> says which optional columns existed,
    /// so that an indicator whose input is absent is "not available" rather than zero.
    /// </summary>
    public IReadOnlyList<IndicatorValue> Indicators(FinancialQuarter period, WorkforceRoster roster, VacancyCount? vacancies)
    {
        var source = roster.File;
        var values = new List<IndicatorValue>
        {
            roster.HasCases
                ? IndicatorValue.FromParts(Get(CaseloadAverage), period, CasesHeld, CaseHoldingFte, source)
                : IndicatorValue.NotAvailable(CaseloadAverage, period, $"{source} has no cases column, so cases held are not known", source),
            IndicatorValue.FromParts(Get(PermanentPercent), period, PermanentFte, PermanentFte + AgencyFte, source),
            IndicatorValue.FromParts(Get(AgencyRate), period, AgencyFte, AgencyFte + PermanentFte, source),
            IndicatorValue.FromParts(Get(TurnoverRate), period, PermanentLeaverFte, PermanentFte, source),
            vacancies is null
                ? IndicatorValue.NotAvailable(VacancyRate, period, "no usable vacancy figure was uploaded (vacancies.csv with at least one usable row, or LALevelVacancies in csww.xml)", source)
                : IndicatorValue.FromParts(Get(VacancyRate), period, vacancies.VacancyFte, vacancies.VacancyFte + PermanentFte, $"{vacancies.File} and {source}"),
            roster.HasStartDates
                ? IndicatorValue.Available(RecruitedPermanent, period, PermanentStarters, source)
                : IndicatorValue.NotAvailable(RecruitedPermanent, period, $"{source} has no start_date column, so starters are not known", source),
            roster.HasStartDates && roster.HasRoutes
                ? IndicatorValue.Available(RecruitedGraduate, period, NewlyQualifiedStarters, source)
                : IndicatorValue.NotAvailable(RecruitedGraduate, period, $"{source} has no start_date and route columns, so newly qualified starters are not known", source),
            roster.HasCases
                ? IndicatorValue.FromParts(Get(ManagerSpan), period, CaseHoldingFte, FirstLineManagerFte, source)
                : IndicatorValue.NotAvailable(ManagerSpan, period, $"{source} has no cases column, so case holders are not known", source),
        };
        return values;
    }

    /// <summary>Caseload and agency share for each team in post at quarter end, in team name order, by the catalogue's definitions and rounding.</summary>
    public static IReadOnlyList<TeamFigures> ByTeam(IEnumerable<SocialWorker> workers, FinancialQuarter period)
    {
        var caseload = Get(CaseloadAverage);
        var agencyRate = Get(AgencyRate);
        return [.. workers
            .Where(w => w.InPostAt(period.End))
            .GroupBy(w => w.Team, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(team =>
            {
                var totals = From(team, period);
                return new TeamFigures(
                    team.Key,
                    caseload.FromParts(totals.CasesHeld, totals.CaseHoldingFte) is { } cases ? caseload.Round(cases) : null,
                    agencyRate.FromParts(totals.AgencyFte, totals.AgencyFte + totals.PermanentFte) is { } share ? agencyRate.Round(share) : null,
                    totals.CaseHoldingFte);
            })];
    }
}
