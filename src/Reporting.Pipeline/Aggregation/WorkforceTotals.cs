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
/// in post holding one or more cases; managers are the first line and middle managers in post (headcount).
/// </summary>
public sealed record WorkforceTotals(
    decimal PermanentFte,
    decimal AgencyFte,
    decimal PermanentLeaverFte,
    decimal CaseHoldingFte,
    decimal CasesHeld,
    decimal FirstLineManagerFte,
    int PermanentStarters,
    int NewlyQualifiedStarters,
    int Managers = 0,
    int PermanentManagers = 0)
{
    /// <summary>
    /// The council's totals and, with <paramref name="byTeam"/>, each team in post at quarter end (its
    /// caseload and agency share, by the catalogue's definitions and rounding, in team name order),
    /// summed in one pass over the roster in its own order.
    /// A pass per team, over workers grouped by team, visits the roster out of memory order: at
    /// 16,000 workers that made the sums 12 times slower than at 2,000, not 8 (issue 12).
    /// </summary>
    public static (WorkforceTotals Council, IReadOnlyList<TeamFigures> Teams) WithTeams(IEnumerable<SocialWorker> workers, FinancialQuarter period, bool byTeam)
    {
        var council = new Sum(period);
        var teams = new Dictionary<string, Sum>(StringComparer.OrdinalIgnoreCase);
        foreach (var worker in workers)
        {
            council.Add(worker);
            if (byTeam && worker.InPostAt(period.End))
            {
                // The first spelling of a team's name met names it, as grouping did.
                if (!teams.TryGetValue(worker.Team, out var team))
                {
                    teams[worker.Team] = team = new Sum(period, worker.Team);
                }

                team.Add(worker);
            }
        }

        return (council.Totals(), TeamFiguresOf(teams.Values));
    }

    private static IReadOnlyList<TeamFigures> TeamFiguresOf(IEnumerable<Sum> teams)
    {
        var caseload = Get(CaseloadAverage);
        var agencyRate = Get(AgencyRate);
        return [.. teams
            .OrderBy(team => team.Name, StringComparer.OrdinalIgnoreCase)
            .Select(team =>
            {
                var totals = team.Totals();
                return new TeamFigures(
                    team.Name!,
                    caseload.FromParts(totals.CasesHeld, totals.CaseHoldingFte) is { } cases ? caseload.Round(cases) : null,
                    agencyRate.FromParts(totals.AgencyFte, totals.AgencyFte + totals.PermanentFte) is { } share ? agencyRate.Round(share) : null,
                    totals.CaseHoldingFte);
            })];
    }

    /// <summary>The running sums for one set of workers (the council, or one team).</summary>
    private sealed class Sum(FinancialQuarter period, string? name = null)
    {
        private readonly DateOnly _end = period.End;
        private readonly DateRange _yearToDate = period.Rolling12Months;
        private readonly DateRange _quarter = period.Dates;
        private decimal _permanent, _agency, _leavers, _caseHolding, _cases, _managers;
        private int _starters, _newlyQualified, _managerCount, _permanentManagerCount;

        public string? Name { get; } = name;

        public void Add(SocialWorker worker)
        {
            if (worker.InPostAt(_end))
            {
                if (worker.Agency)
                {
                    _agency += worker.Fte;
                }
                else
                {
                    _permanent += worker.Fte;
                }

                if (worker.HoldsCases)
                {
                    _caseHolding += worker.Fte;
                    _cases += worker.Cases!.Value;
                }

                if (worker.Role == OrgRole.FirstLineManager)
                {
                    _managers += worker.Fte;
                }

                if (worker.Role is OrgRole.FirstLineManager or OrgRole.MiddleManager)
                {
                    _managerCount++;
                    _permanentManagerCount += worker.Agency ? 0 : 1;
                }
            }
            else if (!worker.Agency && worker.End is { } end && _yearToDate.Contains(end))
            {
                _leavers += worker.Fte;
            }

            if (worker.Start is { } start && _quarter.Contains(start))
            {
                _starters += worker.Agency ? 0 : 1;
                _newlyQualified += worker.NewlyQualified ? 1 : 0;
            }
        }

        public WorkforceTotals Totals() => new(_permanent, _agency, _leavers, _caseHolding, _cases, _managers, _starters, _newlyQualified, _managerCount, _permanentManagerCount);
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
            IndicatorValue.FromParts(Get(ManagersPermanent), period, PermanentManagers, Managers, source),
        };
        return values;
    }
}
