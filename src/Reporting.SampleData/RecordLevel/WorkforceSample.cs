using System.Text;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.SampleData.RecordLevel;

/// <summary>
/// A social work roster of 200 full-time posts in six teams per quarter. The arc's figures fix its
/// shape: permanent share → how many of the 200 are agency (first line and middle managers among them,
/// as the arc's share of permanent managers says); manager span → 20 first line managers
/// and span × 20 case holders; caseload → cases shared among the case holders; turnover → the FTE of
/// permanent leavers in the rolling year; vacancy rate → vacant FTE; recruits and graduates →
/// permanent starters in the quarter and their routes.
/// </summary>
internal static class WorkforceSample
{
    private const int Posts = 200;
    private const int SeniorManagers = 4;
    private const int MiddleManagers = 8;
    private const int FirstLineManagers = 20;

    private static readonly string[] Teams =
        ["Assessment North", "Assessment South", "Child in Need East", "Child in Need West", "Children in Care", "Leaving Care"];

    /// <summary>Relative caseload of a worker in each team.</summary>
    private static readonly decimal[] CaseWeights = [1.2m, 1.1m, 1.0m, 0.95m, 0.9m, 0.8m];

    public static (string Roster, string Vacancies) Build(int index)
    {
        var period = SampleArc.Quarters[index];
        var agency = (int)(Posts * (100m - RecordLevelFiles.Value(PermanentPercent, index)) / 100m);

        // The 28 first line and middle managers: as many permanent as the arc's figure (so measures.csv and
        // the roster agree), the rest agency, taken from the agency total so the agency rate is unchanged.
        var (_, permanentManagers, managers) = RecordLevelFiles.Cohort(ManagersPermanent, index);
        var agencyManagers = managers - permanentManagers;
        var permanent = Posts - agency;
        var caseHolders = (int)(RecordLevelFiles.Value(ManagerSpan, index) * FirstLineManagers);
        var cases = (int)Math.Round(RecordLevelFiles.Value(CaseloadAverage, index) * caseHolders, MidpointRounding.AwayFromZero);
        var recruits = (int)RecordLevelFiles.Value(RecruitedPermanent, index);
        var graduates = (int)RecordLevelFiles.Value(RecruitedGraduate, index);

        var roster = new StringBuilder("worker_id,team,role,employment,fte,start_date,end_date,cases,route\n");
        var worker = 0;
        string Id() => $"SW{index:00}{++worker:0000}";
        string Team(int n) => Teams[n % Teams.Length];
        var longServing = period.Start.AddYears(-3);

        for (var n = 0; n < SeniorManagers + MiddleManagers + FirstLineManagers; n++)
        {
            var role = n < SeniorManagers ? 1 : n < SeniorManagers + MiddleManagers ? 2 : 3;
            var agencyManager = n >= SeniorManagers && n - SeniorManagers < agencyManagers;
            roster.Line(Id(), Team(n), role, agencyManager ? "agency" : "permanent", 1.0m, longServing.AddDays(-n * 11), null, 0, "experienced");
        }

        agency -= agencyManagers;

        // Case holders: agency workers first (mostly in the front-door teams), then permanent; the newest permanent
        // ones started this quarter. Caseloads are heavier in assessment teams; the total is exactly the arc's.
        var teamOf = new int[caseHolders];
        var weights = new decimal[caseHolders + 1];
        for (var n = 0; n < caseHolders; n++)
        {
            teamOf[n] = n < agency ? (n % 5 == 4 ? 4 : n % 4) : n % Teams.Length;
            weights[n + 1] = weights[n] + CaseWeights[teamOf[n]];
        }

        for (var n = 0; n < caseHolders; n++)
        {
            var isAgency = n < agency;
            var held = (int)(decimal.Floor(cases * weights[n + 1] / weights[caseHolders]) - decimal.Floor(cases * weights[n] / weights[caseHolders]));
            var starterRank = n - agency;
            var startedThisQuarter = !isAgency && starterRank < recruits;
            var start = startedThisQuarter ? period.Start.AddDays(starterRank * 3 % 90) : longServing.AddDays(n * 5 % 700);
            var route = startedThisQuarter && starterRank < graduates ? (starterRank % 3 == 0 ? "step-up" : starterRank % 3 == 1 ? "frontline" : "graduate") : "experienced";
            var role = n % 7 == 0 ? "senior practitioner" : "case holder";
            roster.Line(Id(), Teams[teamOf[n]], role, isAgency ? "agency" : "permanent", 1.0m, start, null, held, route);
        }

        // Qualified social workers not holding cases (permanent): the rest of the 200 posts.
        for (var n = SeniorManagers + MiddleManagers + FirstLineManagers + caseHolders; n < Posts; n++)
        {
            roster.Line(Id(), Team(n), 6, "permanent", 1.0m, longServing.AddDays(n * 3 % 500), null, 0, "experienced");
        }

        // Permanent leavers in the rolling year: their FTE adds up to turnover × permanent FTE in post.
        var leaverFte = RecordLevelFiles.Value(TurnoverRate, index) * permanent / 100m;
        var year = period.Rolling12Months;
        for (var n = 0; leaverFte > 0m; n++)
        {
            var fte = Math.Min(1.0m, leaverFte);
            leaverFte -= fte;
            roster.Line(Id(), Team(n), "case holder", "permanent", fte, year.Start.AddYears(-2), year.Start.AddDays(n * 13 % 360), null, "experienced");
        }

        // Agency workers who moved on: not part of turnover.
        roster.Line(Id(), Team(1), "case holder", "agency", 1.0m, year.Start.AddMonths(-6), year.Start.AddMonths(2), null, "experienced");

        // Vacancy rate = vacancies ÷ (vacancies + permanent FTE), so vacancies = rate × permanent ÷ (100 − rate).
        var rate = RecordLevelFiles.Value(VacancyRate, index);
        var vacant = Math.Round(rate * permanent / (100m - rate), 2, MidpointRounding.AwayFromZero);
        var vacancies = new StringBuilder("team,vacancy_fte,agency_cover_fte\n");
        var shared = 0m;
        for (var t = 0; t < Teams.Length; t++)
        {
            var share = t == Teams.Length - 1 ? vacant - shared : Math.Round(vacant / Teams.Length, 2, MidpointRounding.AwayFromZero);
            shared += share;
            vacancies.Line(Teams[t], share, Math.Round(share * 0.8m, 2, MidpointRounding.AwayFromZero));
        }

        return (roster.ToString(), vacancies.ToString());
    }
}
