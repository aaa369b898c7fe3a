using Reporting.Domain.Comparison;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;

namespace Reporting.Domain.Tests.Comparison;

public class AssessmentTests
{
    private static readonly FinancialQuarter Quarter = FinancialQuarter.From("2016-17-Q2");
    private static readonly IndicatorDefinition Caseload = IndicatorCatalogue.Get(IndicatorCatalogue.CaseloadAverage);
    private static readonly IndicatorDefinition Permanent = IndicatorCatalogue.Get(IndicatorCatalogue.PermanentPercent);

    [Theory]
    // caseload (lower is better), target 15, tolerance 10% = 1.5
    [InlineData(14.2, 13.9, RagStatus.Green, Movement.Up, Judgement.Worsened)]
    [InlineData(15.0, null, RagStatus.Green, Movement.NotComparable, Judgement.NotJudged)]
    [InlineData(16.5, 16.0, RagStatus.Amber, Movement.Up, Judgement.Worsened)]   // 1.5 over: within tolerance
    [InlineData(16.6, 16.0, RagStatus.Red, Movement.Up, Judgement.Worsened)]     // 1.6 over
    [InlineData(17.2, 19.4, RagStatus.Red, Movement.Down, Judgement.Improved)]   // missed by 2.2: improving does not lift it
    [InlineData(17.2, 17.24, RagStatus.Red, Movement.Same, Judgement.Unchanged)] // 17.24 shows as 17.2: no change
    public void Of_LowerIsBetter_FollowsThePrintedRule(double value, double? previous, RagStatus status, Movement movement, Judgement judgement)
    {
        var assessment = Assessment.Of(Caseload, (decimal)value, (decimal?)previous, new Target(Caseload.Id, Quarter, 15m));

        Assert.Equal(new Assessment(status, movement, judgement), assessment);
    }

    [Theory]
    // permanent (higher is better), target 90, tolerance 10% = 9
    [InlineData(90.0, RagStatus.Green)]
    [InlineData(81.0, RagStatus.Amber)]
    [InlineData(80.9, RagStatus.Red)]
    public void Of_HigherIsBetter_MissWithinToleranceIsAmber(double value, RagStatus status) =>
        Assert.Equal(status, Assessment.Of(Permanent, (decimal)value, null, new Target(Permanent.Id, Quarter, 90m)).Status);

    [Fact]
    public void Of_ToleranceFromTargetsFile_Applies()
    {
        var tight = new Target(Permanent.Id, Quarter, 90m, Tolerance: 0.05m);

        Assert.Equal(RagStatus.Red, Assessment.Of(Permanent, 85m, null, tight).Status);
        Assert.Equal(RagStatus.Amber, Assessment.Of(Permanent, 85.5m, null, tight).Status);
    }

    [Theory]
    // The sample's 2017/18 Q2 figures the review found all rated amber: each missed by more than 10% of its target.
    [InlineData(IndicatorCatalogue.AgencyRate, 20.0, 24.0, 10.0, RagStatus.Red)]                   // twice the target
    [InlineData(IndicatorCatalogue.PermanentPercent, 80.0, 76.0, 90.0, RagStatus.Red)]             // 10 short; tolerance 9
    [InlineData(IndicatorCatalogue.ReturnInterviewWithin72Hours, 41.0, 38.0, 50.0, RagStatus.Red)] // 9 short; tolerance 5
    public void Of_ImprovedButFarFromTarget_IsRed(string indicatorId, double value, double previous, double target, RagStatus status)
    {
        var definition = IndicatorCatalogue.Get(indicatorId);

        var assessment = Assessment.Of(definition, (decimal)value, (decimal)previous, new Target(indicatorId, Quarter, (decimal)target));

        Assert.Equal(status, assessment.Status);
        Assert.Equal(Judgement.Improved, assessment.Judgement);
    }

    [Fact]
    public void RuleText_StatesTheToleranceTheRatingApplies()
    {
        // Caseload target 15: 16.5 misses by 1.5 = 10% of the target (Amber), 16.6 by more (Red).
        var target = new Target(Caseload.Id, Quarter, 15m);

        Assert.Equal(RagStatus.Amber, Assessment.Of(Caseload, 16.5m, null, target).Status);
        Assert.Equal(RagStatus.Red, Assessment.Of(Caseload, 16.6m, null, target).Status);
        Assert.Contains("tolerance (10% of the target unless stated beside the indicator)", Assessment.RuleText, StringComparison.Ordinal);
        Assert.Contains("shown separately as its direction of travel", Assessment.RuleText, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NoTargetOrNoValue_IsGrey()
    {
        Assert.Equal(RagStatus.Grey, Assessment.Of(Caseload, 14m, 15m, null).Status);
        Assert.Equal(RagStatus.Grey, Assessment.Of(Caseload, null, 15m, new Target(Caseload.Id, Quarter, 15m)).Status);
    }

    [Fact]
    public void Of_NeutralIndicator_MovesButIsNotJudged()
    {
        var looked = IndicatorCatalogue.Get(IndicatorCatalogue.ChildrenLookedAfter);

        var assessment = Assessment.Of(looked, 480m, 485m, new Target(looked.Id, Quarter, 450m));

        Assert.Equal(new Assessment(RagStatus.Grey, Movement.Down, Judgement.NotJudged), assessment);
    }

    [Theory]
    // Caseload (one decimal, lower is better) against 15.0: 14.96 shows as 15.0, on the target.
    [InlineData(IndicatorCatalogue.CaseloadAverage, 16.2, 15.0, 1.2)]
    [InlineData(IndicatorCatalogue.CaseloadAverage, 14.96, 15.0, 0.0)]
    [InlineData(IndicatorCatalogue.CaseloadAverage, 12.4, 15.0, -2.6)]
    // Permanent social workers (higher is better) against 90.0%: 80.0 is 10 short, 92.5 is 2.5 beyond.
    [InlineData(IndicatorCatalogue.PermanentPercent, 80.0, 90.0, 10.0)]
    [InlineData(IndicatorCatalogue.PermanentPercent, 92.5, 90.0, -2.5)]
    public void Shortfall_FigureAgainstTarget_IsTheMissOnTheFiguresAsShown(string indicator, double value, double target, double expected)
    {
        var definition = IndicatorCatalogue.Get(indicator);

        Assert.Equal((decimal)expected, Assessment.Shortfall(definition, (decimal)value, (decimal)target));
        Assert.Equal(expected <= 0, Assessment.MeetsTarget(definition, (decimal)value, (decimal)target));
    }

    [Fact]
    public void Shortfall_NeutralIndicator_IsNoneAndNeverMeetsATarget()
    {
        var looked = IndicatorCatalogue.Get(IndicatorCatalogue.ChildrenLookedAfter);

        Assert.Null(Assessment.Shortfall(looked, 480m, 450m));
        Assert.False(Assessment.MeetsTarget(looked, 450m, 450m));
    }
}
