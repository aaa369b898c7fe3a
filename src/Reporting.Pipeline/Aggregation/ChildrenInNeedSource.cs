using Reporting.Domain.Calendar;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.MetricFiles.RecordFields;
using Reporting.Pipeline.MetricFiles.ChildrenInNeed;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Aggregation;

/// <summary>Priority 4 and 5 indicators from cin.xml (DfE Characteristics of children in need methodology).</summary>
public sealed class ChildrenInNeedSource : IRecordSource
{
    private static readonly string[] Indicators = [Referrals, ReReferrals, AssessmentsIn45Days, ConferencesIn15Days, RepeatProtectionPlans];

    public bool Reads(string relativeName) => relativeName.Equals(CinCensusFile.Name, StringComparison.OrdinalIgnoreCase);

    public SourceResult Read(QuarterFiles files)
    {
        if (files.Upload(CinCensusFile.Name) is not { } input)
        {
            return SourceResult.Nothing;
        }

        var findings = new FindingList();
        var counts = new CinCounts(files.Period);
        if (!CinCensusFile.Read(input, counts.Add, findings))
        {
            return new SourceResult(
                [.. Indicators.Select(id => IndicatorValue.NotAvailable(id, files.Period, $"{input.Name} could not be used (see its data-quality findings)", input.Name))],
                findings,
                []);
        }

        if (counts.OutsideCalendar > 0)
        {
            findings.Add(Finding.Warning(input.Name,
                $"{counts.OutsideCalendar} assessment(s) or conference(s) in the quarter have a start or end date outside {EnglandWorkingDays.FirstYear}–{EnglandWorkingDays.LastYear}, the years the working-day calendar covers: they are left out of the timeliness figures."));
        }

        return new SourceResult(counts.Indicators(input.Name), findings, []);
    }
}

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
        var quarter = period.Dates;
        foreach (var referral in child.Referrals)
        {
            if (!quarter.Contains(referral))
            {
                continue;
            }

            ReferralCount++;
            var yearBefore = referral.AddYears(-1);
            if (child.Referrals.Any(other => other < referral && other >= yearBefore))
            {
                ReReferralCount++;
            }
        }

        foreach (var assessment in child.Assessments)
        {
            if (assessment.Authorised is { } authorised && quarter.Contains(authorised))
            {
                Count(assessment.Started, authorised, AssessmentWorkingDays, onTime => { AssessmentsAuthorised++; AssessmentsOnTime += onTime ? 1 : 0; });
            }
        }

        foreach (var enquiry in child.Enquiries)
        {
            if (!enquiry.ConferenceNotRequired && enquiry.InitialConference is { } held && quarter.Contains(held))
            {
                Count(enquiry.Started, held, ConferenceWorkingDays, onTime => { Conferences++; ConferencesOnTime += onTime ? 1 : 0; });
            }
        }

        var firstInQuarter = child.Plans.Where(p => quarter.Contains(p.Started)).OrderBy(p => p.Started).FirstOrDefault();
        if (firstInQuarter is not null)
        {
            ChildrenStartingPlans++;
            if (firstInQuarter.PreviousPlans is > 0 || child.Plans.Any(p => p.Started < firstInQuarter.Started))
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

    private void Count(DateOnly started, DateOnly finished, int limit, Action<bool> record)
    {
        if (!EnglandWorkingDays.Covers(started) || !EnglandWorkingDays.Covers(finished))
        {
            OutsideCalendar++;
            return;
        }

        record(EnglandWorkingDays.Between(started, finished) <= limit);
    }
}
