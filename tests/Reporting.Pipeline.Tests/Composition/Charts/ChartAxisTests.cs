using Reporting.Domain.Indicators;
using Reporting.Pipeline.Composition.Charts;

namespace Reporting.Pipeline.Tests.Composition.Charts;

public sealed class ChartAxisTests
{
    [Fact]
    public void Covering_CaseloadsFrom12To20_UsesStepsOf2Point5From10To22Point5()
    {
        // Range 8 padded by 8% each side: 11.36–20.64; a quarter of 9.28 is 2.32, rounded up to the nice step 2.5.
        var axis = ChartAxis.Covering([12, 20], IndicatorUnit.Ratio);

        Assert.Equal(new ChartAxis(10, 22.5, 2.5, IndicatorUnit.Ratio), axis);
        Assert.Equal([10, 12.5, 15, 17.5, 20, 22.5], axis.Ticks.Select(t => t.Value));
        Assert.Equal(["10.0", "12.5", "15.0", "17.5", "20.0", "22.5"], axis.Ticks.Select(t => t.Label));
    }

    [Fact]
    public void Covering_PercentagesNearTheTop_StopsAt100()
    {
        var axis = ChartAxis.Covering([95, 100], IndicatorUnit.Percent);

        Assert.Equal(100, axis.Max);
        Assert.Equal(94, axis.Min);
    }

    [Fact]
    public void Covering_PercentSeriesFrom9To52WithTarget60_StepsOf20PercentFrom0To80()
    {
        // The return-interview series: 9.0% to 52.0%, target 60%. Range 51 padded by 8% (4.08) each side:
        // 4.92–64.08; a quarter of 59.16 is 14.79, rounded up to the nice step 20: 0% to 80%.
        var axis = ChartAxis.Covering([9, 14, 21, 28, 35, 41, 48.8, 52, 60], IndicatorUnit.Percent);

        Assert.Equal(new ChartAxis(0, 80, 20, IndicatorUnit.Percent), axis);
        Assert.Equal(["0%", "20%", "40%", "60%", "80%"], axis.Ticks.Select(t => t.Label));
    }

    [Fact]
    public void Covering_PercentSeriesAbove100AfterPadding_NeverGoesPast100()
    {
        // 88% to 99%: padded by 0.88 each side to 87.12–99.88 (within 0–100); a quarter of 12.76 is 3.19,
        // rounded up to the nice step 5: 85% to 100%, never 105%.
        var axis = ChartAxis.Covering([88, 99], IndicatorUnit.Percent);

        Assert.Equal(new ChartAxis(85, 100, 5, IndicatorUnit.Percent), axis);
        Assert.Equal(["85%", "90%", "95%", "100%"], axis.Ticks.Select(t => t.Label));
    }

    [Fact]
    public void Covering_OneValue_StillGivesARange()
    {
        var axis = ChartAxis.Covering([15], IndicatorUnit.Ratio);

        Assert.True(axis.Min < 15 && axis.Max > 15);
    }

    [Fact]
    public void Covering_HeadcountsFrom9To29_StartsAtZeroWithWholeSteps()
    {
        // 0–29 padded by 8%: 0–31.3; a quarter of that is 7.8, rounded up to the nice step 10.
        var axis = ChartAxis.Covering([9, 29], IndicatorUnit.Count);

        Assert.Equal(new ChartAxis(0, 40, 10, IndicatorUnit.Count), axis);
        Assert.Equal(["0", "10", "20", "30", "40"], axis.Ticks.Select(t => t.Label));
    }

    [Fact]
    public void Covering_CountSeriesFrom480To505_StartsAtZeroNotAtTheLowest()
    {
        // Children looked after, 480 to 505: from zero, 0–505 padded by 8% (40.4) is 0–545.4 (zero stays,
        // no negative counts); a quarter of 545.4 is 136.35, rounded up to the nice step 200: 0 to 600.
        var axis = ChartAxis.Covering([505, 500, 498, 495, 490, 488, 485, 480], IndicatorUnit.Count);

        Assert.Equal(new ChartAxis(0, 600, 200, IndicatorUnit.Count), axis);
        Assert.Equal(["0", "200", "400", "600"], axis.Ticks.Select(t => t.Label));
    }

    [Fact]
    public void Covering_SmallHeadcounts_NeverShowsFractionsOfAPerson()
    {
        var axis = ChartAxis.Covering([1, 2], IndicatorUnit.Count);

        Assert.Equal(0, axis.Min);
        Assert.All(axis.Ticks, tick => Assert.Equal(Math.Round(tick.Value), tick.Value));
    }
}
