using Reporting.Domain.Calendar;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles.ChildrenInNeed;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Aggregation;

/// <summary>
/// Running totals of the children-in-need indicators for one quarter, fed one child at a time.
/// Referrals start in the quarter; a re-referral follows another referral of the same child within
/// the 12 months before it. Assessments count when authorised in the quarter, conferences when held
/// in the quarter (enquiries marked "ICPC not required" are not counted), and the working days are
/// England working days after the start. A repeat plan is one whose child had an earlier plan: the
/// census's NumberOfPreviousCPP above 0 or an earlier plan in the file; children are counted once.
/// </summary>
public sealed class CinCounts(FinancialQuarter period)
{
    public const int AssessmentWorkingDays = 45;

    public const int ConferenceWorkingDays = 15;

    public int ReferralCount { get; private set; }

    public int ReReferralCount { get; private set; }

    public int AssessmentsAuthorised { get; private set; }

    public int AssessmentsOnTime { get; private set; }

    public int Conferences { get; private set; }

    public int ConferencesOnTime { get; private set; }

    public int ChildrenStartingPlans { get; private set; }

    public int ChildrenWithRepeatPlans { get; private set; }

    /// <summary>Assessments or conferences in the quarter whose start is outside the working-day calendar.</summary>
    public int OutsideCalendar { get; private set; }

    public void Add(CinChild child)
    {
        // Indexed loops rather than LINQ, lambdas or foreach over interfaces (each allocates): this runs once per child, 30,000 to 240,000 times a census.
        var quarter = period.Dates;
        for (var i = 0; i < child.Referrals.Count; i++)
        {
            var referral = child.Referrals[i];
            if (!quarter.Contains(referral))
            {
                continue;
            }

            ReferralCount++;
            if (HasReferralInYearBefore(child.Referrals, referral))
            {
                ReReferralCount++;
            }
        }

        for (var i = 0; i < child.Assessments.Count; i++)
        {
            var assessment = child.Assessments[i];
            if (assessment.Authorised is { } authorised && quarter.Contains(authorised) && OnTime(assessment.Started, authorised, AssessmentWorkingDays) is { } onTime)
            {
                AssessmentsAuthorised++;
                AssessmentsOnTime += onTime ? 1 : 0;
            }
        }

        for (var i = 0; i < child.Enquiries.Count; i++)
        {
            var enquiry = child.Enquiries[i];
            if (!enquiry.ConferenceNotRequired && enquiry.InitialConference is { } held && quarter.Contains(held) && OnTime(enquiry.Started, held, ConferenceWorkingDays) is { } onTime)
            {
                Conferences++;
                ConferencesOnTime += onTime ? 1 : 0;
            }
        }

        CinProtectionPlan? firstInQuarter = null;
        for (var i = 0; i < child.Plans.Count; i++)
        {
            var plan = child.Plans[i];
            if (quarter.Contains(plan.Started) && (firstInQuarter is null || plan.Started < firstInQuarter.Started))
            {
                firstInQuarter = plan;
            }
        }

        if (firstInQuarter is not null)
        {
            ChildrenStartingPlans++;
            if (firstInQuarter.PreviousPlans is > 0 || HasPlanBefore(child.Plans, firstInQuarter.Started))
            {
                ChildrenWithRepeatPlans++;
            }
        }
    }

    public IReadOnlyList<IndicatorValue> Indicators(string source) =>
    [
        IndicatorValue.Available(Referrals, period, ReferralCount, source),
        IndicatorValue.FromParts(Get(ReReferrals), period, ReReferralCount, ReferralCount, source),
        IndicatorValue.FromParts(Get(AssessmentsIn45Days), period, AssessmentsOnTime, AssessmentsAuthorised, source),
        IndicatorValue.FromParts(Get(ConferencesIn15Days), period, ConferencesOnTime, Conferences, source),
        IndicatorValue.FromParts(Get(RepeatProtectionPlans), period, ChildrenWithRepeatPlans, ChildrenStartingPlans, source),
    ];

    /// <summary>Whether the working days from start to finish are within the limit; null (and counted as outside the calendar) when the calendar does not cover them.</summary>
    private bool? OnTime(DateOnly started, DateOnly finished, int limit)
    {
        if (!EnglandWorkingDays.Covers(started) || !EnglandWorkingDays.Covers(finished))
        {
            OutsideCalendar++;
            return null;
        }

        return EnglandWorkingDays.Between(started, finished) <= limit;
    }

    private static bool HasReferralInYearBefore(IReadOnlyList<DateOnly> referrals, DateOnly referral)
    {
        var yearBefore = referral.AddYears(-1);
        for (var i = 0; i < referrals.Count; i++)
        {
            if (referrals[i] < referral && referrals[i] >= yearBefore)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPlanBefore(IReadOnlyList<CinProtectionPlan> plans, DateOnly started)
    {
        for (var i = 0; i < plans.Count; i++)
        {
            if (plans[i].Started < started)
            {
                return true;
            }
        }

        return false;
    }
}
