using static Reporting.Domain.Indicators.IndicatorUnit;
using static Reporting.Domain.Indicators.MeasurementWindow;
using static Reporting.Domain.Indicators.Polarity;

namespace Reporting.Domain.Indicators;

/// <summary>
/// Catalogue v1: every indicator the reviews report, each defined once. The glossary in the
/// documents is printed from these definitions, and formulas follow DfE's published statistics
/// (Children's social work workforce; Children looked after in England; Children in need).
/// </summary>
public static class IndicatorCatalogue
{
    public const string CaseloadAverage = "sw-caseload-avg";
    public const string PermanentPercent = "sw-permanent-pct";
    public const string AgencyRate = "sw-agency-rate";
    public const string TurnoverRate = "sw-turnover-rate";
    public const string VacancyRate = "sw-vacancy-rate";
    public const string RecruitedPermanent = "sw-recruited-permanent";
    public const string RecruitedGraduate = "sw-recruited-graduate";
    public const string ManagerSpan = "mgr-span";
    public const string ManagersPermanent = "managers-permanent-pct";
    public const string ChildrenLookedAfter = "cla-count";
    public const string PlacedOver20Miles = "cla-over-20-miles-pct";
    public const string PlacementMoves3Plus = "cla-placement-moves-3plus-pct";
    public const string HealthAssessments = "cla-health-assessment-pct";
    public const string CareLeaversEet = "care-leavers-eet-pct";
    public const string MissingEpisodes = "missing-episodes";
    public const string ReturnInterviewOffered = "missing-rhi-offered-pct";
    public const string ReturnInterviewHeld = "missing-rhi-held-pct";
    public const string ReturnInterviewWithin72Hours = "missing-rhi-72h-pct";
    public const string Referrals = "referrals";
    public const string ReReferrals = "rereferral-12m-pct";
    public const string AssessmentsIn45Days = "assessments-45wd-pct";
    public const string ConferencesIn15Days = "icpc-15wd-pct";
    public const string RepeatProtectionPlans = "cp-repeat-pct";

    /// <summary>Every indicator, in catalogue order (by priority, then as listed in the data contract).</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } = Build();

    private static readonly Dictionary<string, IndicatorDefinition> ById =
        All.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a definition by id (case-insensitive).</summary>
    public static bool TryGet(string id, out IndicatorDefinition definition) =>
        ById.TryGetValue(id.Trim(), out definition!);

    /// <summary>The definition of an id known to be in the catalogue; throws otherwise.</summary>
    public static IndicatorDefinition Get(string id) =>
        TryGet(id, out var definition) ? definition : throw new KeyNotFoundException($"'{id}' is not in the indicator catalogue.");

    private const string Workforce = "Children's social work workforce";
    private const string ChildrenInNeed = "Characteristics of children in need";
    private const string LookedAfter = "Children looked after in England";
    private const string LookedAfterOutcomes = "Outcomes for children looked after by local authorities";

    /// <summary>The DfE statistics that publish an England figure for each indicator that has one (a method, not a field: <see cref="All"/> is built first).</summary>
    private static Dictionary<string, string> EnglandPublications() => new(StringComparer.Ordinal)
    {
        [CaseloadAverage] = Workforce,
        [PermanentPercent] = Workforce + " (100 minus the agency worker rate)",
        [AgencyRate] = Workforce,
        [TurnoverRate] = Workforce,
        [VacancyRate] = Workforce,
        [AssessmentsIn45Days] = ChildrenInNeed,
        [ConferencesIn15Days] = ChildrenInNeed,
        [ReReferrals] = ChildrenInNeed,
        [RepeatProtectionPlans] = ChildrenInNeed,
        [PlacedOver20Miles] = LookedAfter,
        [PlacementMoves3Plus] = LookedAfter,
        [CareLeaversEet] = LookedAfter,
        [HealthAssessments] = LookedAfterOutcomes,
    };

    private static IndicatorDefinition[] Build()
    {
        var publications = EnglandPublications();
        return [.. Definitions().Select(d => publications.TryGetValue(d.Id, out var publication) ? d with { EnglandPublication = publication } : d)];
    }

    private static IndicatorDefinition[] Definitions()
    {
        IndicatorDefinition[] all =
        [
            new("leadership-permanent-pct", "Senior leadership posts filled permanently", 1, Percent, 0, HigherIsBetter, AtQuarterEnd,
                "Director, assistant director and head of service posts in children's services held by permanent (not interim) postholders, as a percentage of those posts, at quarter end.", false),

            new(CaseloadAverage, "Average caseload per social worker", 2, Ratio, 1, LowerIsBetter, AtQuarterEnd,
                "Cases held at quarter end divided by the full-time equivalent (FTE) of case-holding children and family social workers, permanent and agency together (DfE Children's social work workforce: caseload).", true),
            new(PermanentPercent, "Permanent social workers", 2, Percent, 1, HigherIsBetter, AtQuarterEnd,
                "FTE of permanent children and family social workers as a percentage of the FTE of permanent and agency social workers together, at quarter end. The complement of the agency rate.", true),
            new(AgencyRate, "Agency worker rate", 2, Percent, 1, LowerIsBetter, AtQuarterEnd,
                "FTE of agency children and family social workers as a percentage of the FTE of agency and permanent social workers together, at quarter end (DfE Children's social work workforce: agency worker rate).", true),
            new(TurnoverRate, "Social worker turnover", 2, Percent, 1, LowerIsBetter, Rolling12Months,
                "FTE of permanent social workers who left in the 12 months to quarter end as a percentage of the FTE of permanent social workers in post at quarter end (DfE Children's social work workforce: turnover rate).", true),
            new(VacancyRate, "Social worker vacancy rate", 2, Percent, 1, LowerIsBetter, AtQuarterEnd,
                "FTE of vacant social worker posts as a percentage of vacancies plus the FTE of permanent social workers in post, at quarter end (DfE Children's social work workforce: vacancy rate).", true),
            new(RecruitedPermanent, "Permanent social workers recruited", 2, Count, 0, HigherIsBetter, Quarter,
                "Headcount of permanent children and family social workers who started in post during the quarter.", true),
            new(RecruitedGraduate, "Newly qualified social workers recruited", 2, Count, 0, HigherIsBetter, Quarter,
                "Headcount of social workers who started during the quarter through a graduate, Step Up to Social Work or Frontline route.", true),

            new(ManagerSpan, "Social workers per first line manager", 3, Ratio, 1, LowerIsBetter, AtQuarterEnd,
                "FTE of case-holding social workers divided by the FTE of first line managers (team managers), at quarter end: the span of supervision.", true),
            new(ManagersPermanent, "Team managers in permanent posts", 3, Percent, 0, HigherIsBetter, AtQuarterEnd,
                "First line and middle managers who are permanent employees, as a percentage of all managers in post (headcount), at quarter end. From the workforce roster when one is supplied; a figure in measures.csv that disagrees with it is a data-quality warning, and the roster's is reported.", true),

            new("audit-good-pct", "Case audits rated good or better", 4, Percent, 0, HigherIsBetter, Quarter,
                "Case file audits completed in the quarter that were graded good or outstanding, as a percentage of all audits completed in the quarter.", false),
            new(AssessmentsIn45Days, "Assessments completed within 45 working days", 4, Percent, 1, HigherIsBetter, Quarter,
                "Children and family assessments authorised in the quarter within 45 working days of their start, as a percentage of assessments authorised in the quarter. Working days exclude weekends and England bank holidays.", true),
            new(ConferencesIn15Days, "Initial child protection conferences within 15 working days", 4, Percent, 1, HigherIsBetter, Quarter,
                "Initial child protection conferences held in the quarter within 15 working days of the start of the section 47 enquiry, as a percentage of initial conferences held in the quarter.", true),

            new(Referrals, "Referrals to children's social care", 5, Count, 0, Neutral, Quarter,
                "Referrals to children's social care that started in the quarter (DfE Children in need census).", true),
            new(ReReferrals, "Re-referrals within 12 months", 5, Percent, 1, LowerIsBetter, Quarter,
                "Referrals in the quarter made within 12 months of a previous referral for the same child, as a percentage of referrals in the quarter.", true),
            new(RepeatProtectionPlans, "Child protection plans that are repeat plans", 5, Percent, 1, LowerIsBetter, Quarter,
                "Children who started a child protection plan in the quarter having had a previous plan at any time, as a percentage of children starting a plan in the quarter.", true),
            new("cse-tool-pct", "Child sexual exploitation risk tool used", 5, Percent, 0, HigherIsBetter, Quarter,
                "Children identified as at risk of child sexual exploitation in the quarter whose risk was assessed with the agreed multi-agency screening tool, as a percentage of those children.", false),

            new(MissingEpisodes, "Missing episodes", 6, Count, 0, Neutral, Quarter,
                "Episodes in which a child was missing (not merely away without authorisation) that ended in the quarter.", true),
            new(ReturnInterviewOffered, "Return home interviews offered", 6, Percent, 1, HigherIsBetter, Quarter,
                "Missing episodes ended in the quarter after which the child was offered a return home interview, as a percentage of missing episodes ended in the quarter.", true),
            new(ReturnInterviewHeld, "Return home interviews held", 6, Percent, 1, HigherIsBetter, Quarter,
                "Missing episodes ended in the quarter after which a return home interview took place, as a percentage of missing episodes ended in the quarter.", true),
            new(ReturnInterviewWithin72Hours, "Return home interviews within 72 hours", 6, Percent, 1, HigherIsBetter, Quarter,
                "Missing episodes ended in the quarter whose return home interview took place within 72 hours of the child's return, as statutory guidance expects, as a percentage of missing episodes ended in the quarter. The files record dates, not times, so an interview counts as within 72 hours when it was held no more than 3 calendar days after the day the child returned.", true),
            new("advocacy-offered-pct", "Children offered advocacy", 6, Percent, 0, HigherIsBetter, Quarter,
                "Children looked after and children subject to a child protection plan who were offered an independent advocate in the quarter, as a percentage of those children.", false),

            new("early-help-assessments", "Early help assessments started", 7, Count, 0, HigherIsBetter, Quarter,
                "Early help assessments started by the council and its partners in the quarter.", false),

            new(ChildrenLookedAfter, "Children looked after", 8, Count, 0, Neutral, AtQuarterEnd,
                "Children looked after at quarter end, excluding those looked after only under an agreed series of short-term placements (legal status V3 or V4).", true),
            new(PlacedOver20Miles, "Children looked after placed more than 20 miles from home", 8, Percent, 1, LowerIsBetter, AtQuarterEnd,
                "Children looked after at quarter end whose placement is more than 20 miles from their home address, as a percentage of all children looked after (excluding V3/V4). Children whose distance is not known stay in the denominator and are reported as a figure of their own.", true),
            new(PlacementMoves3Plus, "Children looked after with 3 or more placements", 8, Percent, 1, LowerIsBetter, Rolling12Months,
                "Children looked after at quarter end who had three or more placements in the 12 months to quarter end, as a percentage of children looked after at quarter end.", true),

            new(HealthAssessments, "Health assessments up to date", 9, Percent, 1, HigherIsBetter, AtQuarterEnd,
                "Children looked after continuously for 12 months or more at quarter end whose annual health assessment is up to date, as a percentage of that cohort.", true),
            new("pep-good-pct", "Personal education plans rated good", 9, Percent, 0, HigherIsBetter, Quarter,
                "Personal education plans of children looked after reviewed in the quarter that were judged good quality, as a percentage of plans reviewed.", false),
            new(CareLeaversEet, "Care leavers in education, employment or training", 9, Percent, 1, HigherIsBetter, AtQuarterEnd,
                "Care leavers aged 19 to 21 in education, employment or training (activity codes F1–F3 and P1–P3), as a percentage of all care leavers aged 19 to 21; those whose activity is not known stay in the denominator.", true),
            new("adoption-days-avg", "Days from entering care to moving in with adoptive family", 9, Days, 0, LowerIsBetter, Rolling12Months,
                "Average number of days between a child entering care and moving in with their adoptive family, for children adopted in the 12 months to quarter end: a local 12-month version of the adoption scorecard's measure A1, which DfE averages over three years (its threshold for 2013-16 is 14 months, 426 days).", false),
        ];
        return all;
    }
}
