using Reporting.Rendering.Charts;

namespace Reporting.Rendering.Tests.Charts;

public sealed class ChartScaleTests
{
    [Fact]
    public void Covering_CaseloadsFrom12To20_UsesStepsOf2Point5From10To22Point5()
    {
        // Range 8 padded by 8% each side: 11.36–20.64; a quarter of 9.28 is 2.32, rounded up to the nice step 2.5.
        var scale = ChartScale.Covering([12, 20], percent: false);

        Assert.Equal(new ChartScale(10, 22.5, 2.5), scale);
        Assert.Equal([10, 12.5, 15, 17.5, 20, 22.5], scale.Ticks());
    }

    [Fact]
    public void Covering_PercentagesNearTheTop_StopsAt100()
    {
        var scale = ChartScale.Covering([95, 100], percent: true);

        Assert.Equal(100, scale.Max);
        Assert.Equal(94, scale.Min);
    }

    [Fact]
    public void Covering_OneValue_StillGivesARange()
    {
        var scale = ChartScale.Covering([15], percent: false);

        Assert.True(scale.Min < 15 && scale.Max > 15);
    }

    [Fact]
    public void Covering_HeadcountsFrom9To29_StartsAtZeroWithWholeSteps()
    {
        // 0–29 padded by 8%: 0–31.3; a quarter of that is 7.8, rounded up to the nice step 10.
        var scale = ChartScale.Covering([9, 29], percent: false, count: true);

        Assert.Equal(new ChartScale(0, 40, 10), scale);
    }

    [Fact]
    public void Covering_SmallHeadcounts_NeverShowsFractionsOfAPerson()
    {
        var scale = ChartScale.Covering([1, 2], percent: false, count: true);

        Assert.Equal(0, scale.Min);
        Assert.All(scale.Ticks(), tick => Assert.Equal(Math.Round(tick), tick));
    }
}
