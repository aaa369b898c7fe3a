using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.SampleData;

/// <summary>
/// The story the sample council's figures tell, quarter by quarter from 2015/16 Q1 to 2017/18 Q2
/// (mission.md): caseload 20 → 14, turnover 20% → 14%, permanent social workers 66% by late 2016
/// rising towards the 90% target, placements more than 20 miles away 37% → under 28%, return home
/// interviews 9% → 52%, 44 permanent recruits in the first year and 160+ by 2017, 26 then 71
/// graduates. Percentages with a cohort carry the cohort size, so numerators are whole children.
/// </summary>
public static class SampleArc
{
    public static readonly FinancialQuarter First = FinancialQuarter.From("2015-16-Q1");
    public static readonly FinancialQuarter Latest = FinancialQuarter.From("2017-18-Q2");

    /// <summary>The ten sample quarters, oldest first.</summary>
    public static IReadOnlyList<FinancialQuarter> Quarters { get; } =
        Enumerable.Range(0, Latest.QuartersSince(First) + 1).Select(First.Plus).ToList();

    /// <summary>One indicator's sample series: ten figures, and the cohort sizes for percentages (null for rates without a head count).</summary>
    public sealed record Series(string IndicatorId, decimal[] Values, int[]? Denominators = null);

    private static readonly int[] Looked = [480, 490, 502, 510, 505, 498, 492, 488, 485, 480];
    private static readonly int[] Episodes = [230, 240, 255, 250, 262, 270, 265, 258, 252, 248];
    private static readonly int[] Referred = [1380, 1420, 1510, 1460, 1390, 1350, 1420, 1380, 1340, 1310];

    public static IReadOnlyList<Series> All { get; } =
    [
        new("leadership-permanent-pct", [40, 40, 60, 60, 80, 80, 100, 100, 100, 100], Same(5)),
        new(CaseloadAverage, [20.1m, 19.4m, 17.2m, 14.6m, 14.3m, 14.0m, 13.8m, 14.1m, 13.9m, 14.2m]),
        new(PermanentPercent, [52, 54, 57, 59, 62, 64, 66, 71, 76, 80]),
        new(AgencyRate, [48, 46, 43, 41, 38, 36, 34, 29, 24, 20]),
        new(TurnoverRate, [20.4m, 19.8m, 18.9m, 17.6m, 16.8m, 15.9m, 15.2m, 14.6m, 14.3m, 13.9m]),
        new(VacancyRate, [24.0m, 23.0m, 22.0m, 21.0m, 19.5m, 18.7m, 17.8m, 16.9m, 15.6m, 14.8m]),
        new(RecruitedPermanent, [9, 11, 12, 12, 14, 15, 16, 17, 27, 29]),
        new(RecruitedGraduate, [3, 5, 8, 10, 9, 11, 12, 13, 8, 9]),
        new(ManagerSpan, [8.2m, 8.0m, 7.6m, 7.1m, 6.8m, 6.5m, 6.3m, 6.2m, 6.0m, 5.9m]),
        new(ManagersPermanent, [55, 58, 62, 66, 70, 73, 76, 79, 82, 85], Same(28)),
        new("audit-good-pct", [18, 20, 24, 27, 31, 35, 38, 42, 45, 48], Same(120)),
        new(AssessmentsIn45Days, [62, 65, 70, 74, 78, 81, 83, 85, 86, 88], Same(1200)),
        new(ConferencesIn15Days, [55, 58, 63, 68, 72, 75, 78, 80, 81, 83], Same(110)),
        new(Referrals, Referred.Select(r => (decimal)r).ToArray()),
        new(ReReferrals, [26.0m, 25.4m, 24.1m, 23.5m, 22.8m, 22.0m, 21.6m, 21.0m, 20.4m, 19.8m], Referred),
        new(RepeatProtectionPlans, [22.0m, 21.5m, 20.3m, 19.8m, 18.9m, 18.2m, 17.5m, 17.0m, 16.6m, 16.1m], Same(95)),
        new("cse-tool-pct", [35, 42, 55, 63, 70, 76, 82, 86, 89, 92], Same(60)),
        new(MissingEpisodes, Episodes.Select(e => (decimal)e).ToArray()),
        new(ReturnInterviewOffered, [40, 48, 55, 62, 70, 76, 81, 85, 88, 91], Episodes),
        new(ReturnInterviewHeld, [9.0m, 12.5m, 18.0m, 24.6m, 31.0m, 36.2m, 41.5m, 45.8m, 49.0m, 52.0m], Episodes),
        new(ReturnInterviewWithin72Hours, [5, 7, 11, 16, 21, 26, 31, 35, 38, 41], Episodes),
        new("advocacy-offered-pct", [45, 48, 52, 58, 63, 67, 72, 76, 79, 82], Same(400)),
        new("early-help-assessments", [310, 340, 395, 420, 470, 505, 540, 560, 590, 610]),
        new(ChildrenLookedAfter, Looked.Select(c => (decimal)c).ToArray()),
        new(PlacedOver20Miles, [37.2m, 36.5m, 35.0m, 33.6m, 32.1m, 30.8m, 29.9m, 29.0m, 28.3m, 27.6m], Looked),
        new(PlacementMoves3Plus, [11.2m, 11.0m, 10.6m, 10.4m, 10.1m, 9.8m, 9.5m, 9.6m, 9.2m, 9.0m], Looked),
        new(HealthAssessments, [78, 80, 82, 84, 85, 87, 88, 89, 90, 91], Looked.Select(c => c * 7 / 10).ToArray()),
        new("pep-good-pct", [40, 43, 47, 52, 56, 61, 64, 68, 71, 74], Same(260)),
        new(CareLeaversEet, [42, 44, 45, 47, 48, 50, 52, 53, 55, 56], Same(120)),
        new("adoption-days-avg", [610, 590, 575, 560, 548, 530, 512, 498, 487, 470]),
    ];

    /// <summary>The figure and, for cohort percentages, the whole-number numerator and denominator that give it.</summary>
    public static (decimal Value, int? Numerator, int? Denominator) Figure(Series series, int quarterIndex)
    {
        var value = series.Values[quarterIndex];
        if (series.Denominators is not { } denominators)
        {
            return (value, null, null);
        }

        var definition = Get(series.IndicatorId);
        var denominator = denominators[quarterIndex];
        var numerator = (int)Math.Round(value * denominator / 100m, MidpointRounding.AwayFromZero);
        return (definition.Round(100m * numerator / denominator), numerator, denominator);
    }

    private static int[] Same(int size) => Enumerable.Repeat(size, 10).ToArray();
}
