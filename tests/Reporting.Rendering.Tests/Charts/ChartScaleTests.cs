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
}
