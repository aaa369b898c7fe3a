using Reporting.Domain.Indicators;
using Reporting.Pipeline.Composition;

namespace Reporting.Rendering.Tests.Charts;

public sealed class TrendDescriptionTests
{
    private static string Describe(string id, decimal?[] history, decimal? target = null, decimal? england = null) =>
        TrendDescription.For(new ReportBuilder().With(id, history, target, england).Build().Indicators[0]);

    [Fact]
    public void For_FallingCaseload_StatesFirstAndLastQuarterTargetEnglandAndPolarity()
    {
        var text = Describe(IndicatorCatalogue.CaseloadAverage, [20.1m, 19.0m, 17.5m, 16.2m, 15.8m, 15.0m, 14.6m, 14.2m], target: 15m, england: 16.1m);

        // Eight quarters to 2017/18 Q2: 15.0 falls in 2016/17 Q4 and meets the target of 15.0; 14.6 and 14.2 after it too.
        Assert.Equal("Average caseload per social worker fell from 20.1 in 2015/16 Q3 to 14.2 in 2017/18 Q2; met its target from 2016/17 Q4 onwards; target 15.0; England average 16.1 (2016); lower is better.", text);
    }

    [Fact]
    public void For_PeakBetweenFirstAndLast_NamesThePeakAndWhenTheTargetWasMet()
    {
        // Turnover 16, 18.5 (the peak), 15.2, 14.1: target 15 met only in the last quarter... and in none before.
        var text = Describe(IndicatorCatalogue.TurnoverRate, [16m, 18.5m, 15.2m, 14.1m], target: 15m);

        Assert.Equal("Social worker turnover fell from 16.0% in 2016/17 Q3 to 14.1% in 2017/18 Q2, peaking at 18.5% in 2016/17 Q4; met its target from 2017/18 Q2 onwards; target 15.0%; lower is better.", text);
    }

    [Fact]
    public void For_MetThenMissed_SaysHowOftenAndWhenLast()
    {
        // Permanent 91 (met), 85, 92 (met), 80 against 90: the trough is the last quarter, so not named.
        var text = Describe(IndicatorCatalogue.PermanentPercent, [91m, 85m, 92m, 80m], target: 90m);

        Assert.Equal("Permanent social workers fell from 91.0% in 2016/17 Q3 to 80.0% in 2017/18 Q2, peaking at 92.0% in 2017/18 Q1; met its target in 2 of 4 quarters, most recently 2017/18 Q1; target 90.0%; higher is better.", text);
    }

    [Fact]
    public void For_TargetWithATrajectoryNote_QuotesTheNote()
    {
        var model = new ReportBuilder().With(IndicatorCatalogue.PermanentPercent, [66m, 80m], target: 90m).Build();
        var indicator = model.Indicators[0] with { Target = model.Indicators[0].Target! with { TrajectoryNote = "rising to 90% by March 2018" } };

        var text = TrendDescription.For(indicator);

        Assert.Equal("Permanent social workers rose from 66.0% in 2017/18 Q1 to 80.0% in 2017/18 Q2; did not meet its target in any quarter shown; target 90.0% (rising to 90% by March 2018); higher is better.", text);
    }

    [Fact]
    public void For_RisingPercentageWithGaps_UsesTheFirstAndLastKnownQuarters()
    {
        var text = Describe(IndicatorCatalogue.ReturnInterviewHeld, [null, 9m, 14m, null, 52m, null]);

        Assert.Equal("Return home interviews held rose from 9.0% in 2016/17 Q2 to 52.0% in 2017/18 Q1; higher is better.", text);
    }

    [Fact]
    public void For_UnchangedAfterRounding_SaysItWasTheSame()
    {
        var text = Describe(IndicatorCatalogue.ChildrenLookedAfter, [480.2m, 479.8m]);

        Assert.Equal("Children looked after was 480 in both 2017/18 Q1 and 2017/18 Q2; context only, neither direction is better.", text);
    }

    [Fact]
    public void For_OneQuarter_SaysThereIsNothingToCompare()
    {
        var text = Describe(IndicatorCatalogue.TurnoverRate, [14m], target: 15m);

        Assert.Equal("Social worker turnover was 14.0% in 2017/18 Q2, with no earlier figures to compare; target 15.0%; lower is better.", text);
    }

    [Fact]
    public void For_NoFigures_SaysNoneAreAvailable()
    {
        var text = Describe(IndicatorCatalogue.TurnoverRate, []);

        Assert.Equal("Social worker turnover: no figures are available for the quarters shown; lower is better.", text);
    }
}
