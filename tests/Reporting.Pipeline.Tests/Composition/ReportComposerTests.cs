using Reporting.Domain.Comparison;
using Reporting.Domain.Councils;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Tests.Aggregation;

namespace Reporting.Pipeline.Tests.Composition;

public class ReportComposerTests
{
    private const string Period = "2016-17-Q2";

    private static IndicatorReport Compose(string audienceId, string indicator, string measures, string targets = "") =>
        Model(audienceId, measures, targets).Indicators.Single(r => r.Definition.Id == indicator);

    private static ReportModel Model(string audienceId, string measures, string targets = "", string actions = "", params (string Name, string Text)[] config)
    {
        (string, string)[] uploads = actions.Length == 0
            ? [("measures.csv", "indicator,period,value,numerator,denominator\n" + measures)]
            : [("measures.csv", "indicator,period,value,numerator,denominator\n" + measures), ("actions.csv", "indicator,action,owner,due_date,status\n" + actions)];
        var files = TestQuarter.Files(Period, uploads, [("targets.csv", "indicator,period,target,trajectory_note,tolerance\n" + targets), .. config]);
        var validated = QuarterValidation.Validate(files, []);
        var indicators = IndicatorAggregator.Aggregate(validated, new Dictionary<FinancialQuarter, IReadOnlyList<IndicatorValue>>());
        var audience = AudienceCatalogue.BuiltIn.Find(audienceId)!;
        return ReportComposer.Compose(audience, CouncilCode.From(933), "Test council", validated, indicators, "id");
    }

    [Theory]
    [InlineData("missing-rhi-held-pct,,,129,248\n", "129 of 248")]     // 52.0%: whole children
    [InlineData("sw-turnover-rate,,,22.2,160\n", "22.2 of 160.0 FTE")] // 13.9%: full-time equivalents
    public void Compose_PercentageWithCounts_PrintsTheCountsBehindIt(string measures, string counts)
    {
        var id = measures.Split(',')[0];

        Assert.Equal(counts, Compose("essex", id, measures).CountText);
    }

    [Fact]
    public void Compose_CountIndicator_HasNoCountsBesideIt() =>
        Assert.Null(Compose("essex", IndicatorCatalogue.Referrals, "referrals,,1310,,\n").CountText);

    [Fact]
    public void Compose_History_BaselineAndYearAgoColumnsReadTheirQuarters()
    {
        // The quarter is 2016-17-Q2; the earliest figure, 2014-15-Q4, is the baseline (six quarters back).
        var report = Compose("essex", IndicatorCatalogue.CaseloadAverage, "sw-caseload-avg,,14.2,,\nsw-caseload-avg,2015-16-Q2,16.0,,\nsw-caseload-avg,2014-15-Q4,20.1,,\n");

        Assert.Equal("20.1", report.BaselineText);
        Assert.Equal("16.0", report.YearAgoText);
    }

    [Fact]
    public void Compose_ConfiguredBaselineBeyondEightQuarters_TrendReachesBackToIt()
    {
        // 2014-15-Q1 is nine quarters before 2016-17-Q2: ten points on the trend, the first one the baseline's 20.0.
        var model = Model("essex", "sw-caseload-avg,,14.2,,\nsw-caseload-avg,2014-15-Q1,20.0,,\n", config: ("baseline.txt", "2014-15-Q1\n"));
        var caseload = model.Indicators.Single(i => i.Definition.Id == IndicatorCatalogue.CaseloadAverage);

        Assert.Equal(FinancialQuarter.From("2014-15-Q1"), model.Baseline);
        Assert.Equal(10, caseload.History.Count);
        Assert.Equal(20.0m, caseload.History[0].Value);
        Assert.Equal("20.0", caseload.BaselineText);
    }

    [Fact]
    public void Compose_ToleranceNotTheDefault_IsStatedBesideTheTarget()
    {
        var model = Model("essex", "sw-turnover-rate,,16.0,,\nsw-vacancy-rate,,16.0,,\n", "sw-turnover-rate,,15,,0.05\nsw-vacancy-rate,,15,,\n");

        var turnover = model.Indicators.Single(i => i.Definition.Id == IndicatorCatalogue.TurnoverRate);
        Assert.Equal("5%", turnover.TolerancePercentText);
        Assert.Equal("±0.75 points", turnover.ToleranceBandText); // 5% of a 15% target
        Assert.Equal("tolerance 5% of the target (±0.75 points)", turnover.ToleranceText);
        Assert.Null(model.Indicators.Single(i => i.Definition.Id == IndicatorCatalogue.VacancyRate).ToleranceText);
    }

    [Fact]
    public void Compose_NoComparator_NotHeldWhereDfePublishesOneAndNotAvailableWhereItPublishesNone()
    {
        // DfE publishes re-referrals within 12 months for England (Characteristics of children in need);
        // nobody publishes the council's own count of early help assessments.
        var model = Model("essex", "rereferral-12m-pct,,19.8,,\nearly-help-assessments,,610,,\n");

        Assert.Equal("not held", model.Indicators.Single(i => i.Definition.Id == IndicatorCatalogue.ReReferrals).EnglandText);
        Assert.Equal("n/a", model.Indicators.Single(i => i.Definition.Id == "early-help-assessments").EnglandText);
        var comparators = ReviewWording.Comparators(model);
        Assert.Contains("DfE publishes no England figure comparable with Senior leadership posts filled permanently;", comparators);
        Assert.Contains("Re-referrals within 12 months (Characteristics of children in need)", comparators);
    }

    [Fact]
    public void Compose_Comparators_CarryTheYearTheyDescribe()
    {
        // 2016-17-Q2 ends 30 September 2016; the 2016 workforce figure came out in February 2017, so 2015's is used.
        var report = Model("essex", "sw-turnover-rate,,14.0,,\n", config: ("benchmarks.csv", "indicator,year,england,statistical_neighbours,published\nsw-turnover-rate,2015,16.0,18.2,2016-02-25\nsw-turnover-rate,2016,15.1,17.0,2017-02-23\n"))
            .Indicators.Single(i => i.Definition.Id == IndicatorCatalogue.TurnoverRate);

        Assert.Equal("16.0% (2015)", report.EnglandText);
        Assert.Equal("18.2% (2015)", report.StatisticalNeighboursText);

        // The chart's England series: nothing before the 2015 figure came out (25 February 2016), then 16.0.
        Assert.Null(report.History.Single(p => p.Period == FinancialQuarter.From("2015-16-Q3")).England);
        Assert.Equal(16.0m, report.History.Single(p => p.Period == FinancialQuarter.From("2015-16-Q4")).England);
    }

    [Fact]
    public void Compose_WithoutReviewDates_HasNoIssueDate()
    {
        var model = Model("dfe", "referrals,,1310,,\n");

        Assert.Null(model.IssueDate);
        Assert.Equal(new DateOnly(2016, 9, 30), model.FiguresTo);
    }

    [Fact]
    public void Compose_ReviewDatesForTheQuarter_AreTheIssueAndMeetingDates()
    {
        var model = Model("dfe", "referrals,,1310,,\n", config: ("review-dates.csv", "period,issue_date,meeting_date\n2016-17-Q1,2016-08-05,\n2016-17-Q2,07/11/2016,2016-11-14\n"));

        Assert.Equal(new DateOnly(2016, 11, 7), model.IssueDate);
        Assert.Equal(new DateOnly(2016, 11, 14), model.MeetingDate);
    }

    [Fact]
    public void Compose_RedAndAmberMeasures_CarryTheirActionsOrAreFlagged()
    {
        // Permanent 80% against 90% (red: 10 short, tolerance 9); placements 27% against 25% (amber: 2 over, tolerance 2.5).
        var model = Model(
            "essex",
            "sw-permanent-pct,,80,,\ncla-over-20-miles-pct,,27,,\n",
            "sw-permanent-pct,,90,,\ncla-over-20-miles-pct,,25,,\n",
            "sw-permanent-pct,Convert agency posts,Head of workforce,31/03/2017,in progress\n");
        var permanent = model.Indicators.Single(i => i.Definition.Id == IndicatorCatalogue.PermanentPercent);
        var placements = model.Indicators.Single(i => i.Definition.Id == IndicatorCatalogue.PlacedOver20Miles);

        Assert.Equal(RagStatus.Red, permanent.Assessment.Status);
        Assert.Equal("Head of workforce", Assert.Single(permanent.Actions).Owner);
        Assert.False(permanent.LacksAction);
        Assert.Equal(RagStatus.Amber, placements.Assessment.Status);
        Assert.True(placements.LacksAction);
    }

    [Fact]
    public void Compose_Summary_CountsRedAmberAndGreen()
    {
        var model = Model(
            "essex",
            "sw-permanent-pct,,80,,\ncla-over-20-miles-pct,,27,,\nsw-caseload-avg,,14.2,,\n",
            "sw-permanent-pct,,90,,\ncla-over-20-miles-pct,,25,,\nsw-caseload-avg,,15,,\n");

        Assert.Equal((1, 1, 1, 3), (model.Summary.OnTarget, model.Summary.Amber, model.Summary.Red, model.Summary.WithTarget));
    }

    [Fact]
    public void Compose_BiggestImprovements_PercentagesRankedByThePointsTheyMoved()
    {
        // Permanent 76 -> 80 (+4.0 points, target 90), RHI held 48.8 -> 52.0 (+3.2, target 53), vacancy
        // 15.6 -> 14.8 (-0.8, target 15): by points the biggest move comes first, whatever its target.
        var model = Model(
            "essex",
            "sw-permanent-pct,,80,,\nsw-permanent-pct,2016-17-Q1,76,,\nmissing-rhi-held-pct,,52.0,,\nmissing-rhi-held-pct,2016-17-Q1,48.8,,\nsw-vacancy-rate,,14.8,,\nsw-vacancy-rate,2016-17-Q1,15.6,,\n",
            "sw-permanent-pct,,90,,\nmissing-rhi-held-pct,,53,,\nsw-vacancy-rate,,15,,\n");

        Assert.Equal([IndicatorCatalogue.PermanentPercent, IndicatorCatalogue.ReturnInterviewHeld, IndicatorCatalogue.VacancyRate], model.Summary.BiggestImprovements.Select(i => i.Definition.Id));
    }

    [Fact]
    public void Compose_BiggestImprovements_OtherFiguresRankedByTheirMoveAsAShareOfTargetAndSkipFarPastTarget()
    {
        // RHI held 48.8 -> 52.0 (+3.2 points of a 60 target: 5.3%); caseload 15.0 -> 14.6 (0.4 of 15: 2.7%);
        // leadership 80 -> 100 against a 60 target: 20 points, but 40 past the target (tolerance 6), so not ranked.
        var model = Model(
            "essex",
            "missing-rhi-held-pct,,52.0,,\nmissing-rhi-held-pct,2016-17-Q1,48.8,,\nsw-caseload-avg,,14.6,,\nsw-caseload-avg,2016-17-Q1,15.0,,\nleadership-permanent-pct,,100,,\nleadership-permanent-pct,2016-17-Q1,80,,\n",
            "missing-rhi-held-pct,,60,,\nsw-caseload-avg,,15,,\nleadership-permanent-pct,,60,,\n");

        Assert.Equal([IndicatorCatalogue.ReturnInterviewHeld, IndicatorCatalogue.CaseloadAverage], model.Summary.BiggestImprovements.Select(i => i.Definition.Id));
        Assert.Equal("up 3.2 points", model.Summary.BiggestImprovements[0].ChangeText);
    }

    [Fact]
    public void Compose_PublicAudienceSmallCohort_HidesTheFigureItsStatusAndItsDirection()
    {
        // 3 of 4 care leavers: 75.0%, above the 60% target and up on last quarter's 2 of 4.
        var report = Compose("cabinet", IndicatorCatalogue.CareLeaversEet, "care-leavers-eet-pct,,,3,4\ncare-leavers-eet-pct,2016-17-Q1,,2,4\n", "care-leavers-eet-pct,,60\n");

        Assert.Equal("c", report.ValueText);
        Assert.Equal("c", report.PreviousText);
        Assert.Equal(new Assessment(RagStatus.Grey, Movement.NotComparable, Judgement.NotJudged), report.Assessment);
        Assert.Null(report.Previous);
        Assert.All(report.History, point => Assert.Null(point.Value));
    }

    [Fact]
    public void Compose_PublicAudiencePreviousSuppressed_CurrentShownButNotComparedWithIt()
    {
        // Now 30 of 40 (75.0%), last quarter 3 of 4: the comparison would reveal last quarter's figure.
        var report = Compose("cabinet", IndicatorCatalogue.CareLeaversEet, "care-leavers-eet-pct,,,30,40\ncare-leavers-eet-pct,2016-17-Q1,,3,4\n", "care-leavers-eet-pct,,60\n");

        Assert.Equal("75.0%", report.ValueText);
        Assert.Equal("c", report.PreviousText);
        Assert.Equal(new Assessment(RagStatus.Green, Movement.NotComparable, Judgement.NotJudged), report.Assessment);
    }

    [Fact]
    public void Compose_InternalAudience_ShowsSmallFiguresWithTheirStatus()
    {
        var report = Compose("essex", IndicatorCatalogue.CareLeaversEet, "care-leavers-eet-pct,,,3,4\ncare-leavers-eet-pct,2016-17-Q1,,2,4\n", "care-leavers-eet-pct,,60\n");

        Assert.Equal("75.0%", report.ValueText);
        Assert.Equal("50.0%", report.PreviousText);
        Assert.Equal(new Assessment(RagStatus.Green, Movement.Up, Judgement.Improved), report.Assessment);
    }

    [Fact]
    public void Compose_RedAndAmberMeasures_OffTrackListsRedFirstAndMissingThoseWithoutAFigure()
    {
        // Turnover 16.0 against 13: 3.0 over, beyond the tolerance of 1.3 (a tenth of 13), red. Caseload
        // 16.0 against 15: 1.0 over, within 1.5, amber. Every other indicator has no figure this quarter.
        var model = Model("essex", "sw-caseload-avg,,16.0,,\nsw-turnover-rate,,16.0,,\n", "sw-caseload-avg,,15,,\nsw-turnover-rate,,13,,\n");

        Assert.Equal([IndicatorCatalogue.TurnoverRate, IndicatorCatalogue.CaseloadAverage], model.OffTrack.Select(i => i.Definition.Id));
        Assert.Equal(model.Indicators.Count - 2, model.Missing.Count);
        Assert.DoesNotContain(model.Missing, i => i.Definition.Id is IndicatorCatalogue.TurnoverRate or IndicatorCatalogue.CaseloadAverage);
        Assert.All(model.Headline, i => Assert.True(i.Current.IsAvailable));
    }
}
