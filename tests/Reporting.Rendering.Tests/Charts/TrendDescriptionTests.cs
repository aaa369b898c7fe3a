using Reporting.Domain.Indicators;
using Reporting.Rendering.Charts;

namespace Reporting.Rendering.Tests.Charts;

public sealed class TrendDescriptionTests
{
    private static string Describe(string id, decimal?[] history, decimal? target = null, decimal? england = null) =>
        TrendDescription.For(new ReportBuilder().With(id, history, target, england).Build().Indicators[0]);

    [Fact]
    public void For_FallingCaseload_StatesFirstAndLastQuarterTargetEnglandAndPolarity()
    {
        var text = Describe(IndicatorCatalogue.CaseloadAverage, [20.1m, 19.0m, 17.5m, 16.2m, 15.8m, 15.0m, 14.6m, 14.2m], target: 15m, england: 16.1m);

        Assert.Equal("Average caseload per social worker fell from 20.1 in 2015/16 Q3 to 14.2 in 2017/18 Q2; target 15.0; England average 16.1; lower is better.", text);
    }

    [Fact]
    public void For_TargetWithATrajectoryNote_QuotesTheNote()
    {
        var model = new ReportBuilder().With(IndicatorCatalogue.PermanentPercent, [66m, 80m], target: 90m).Build();
        var indicator = model.Indicators[0] with { Target = model.Indicators[0].Target! with { TrajectoryNote = "rising to 90% by March 2018" } };

        var text = TrendDescription.For(indicator);

        Assert.Equal("Permanent social workers rose from 66.0% in 2017/18 Q1 to 80.0% in 2017/18 Q2; target 90.0% (rising to 90% by March 2018); higher is better.", text);
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
