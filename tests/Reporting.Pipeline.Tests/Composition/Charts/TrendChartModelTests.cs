using Reporting.Domain.Comparison;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.Composition.Charts;

namespace Reporting.Pipeline.Tests.Composition.Charts;

public sealed class TrendChartModelTests
{
    private static readonly FinancialQuarter Start = FinancialQuarter.From("2015-16-Q1");

    private static IndicatorReport Indicator(string id, decimal?[] values, decimal?[] targets) => new()
    {
        Definition = IndicatorCatalogue.Get(id),
        Current = IndicatorValue.NotAvailable(id, Start.Plus(values.Length - 1), "not needed here"),
        Assessment = new Assessment(RagStatus.Grey, Movement.NotComparable, Judgement.NotJudged),
        History = [.. values.Select((v, i) => new HistoryPoint(Start.Plus(i), v, targets[i]))],
        ValueText = "n/a",
        BaselineText = "n/a",
        YearAgoText = "n/a",
        PreviousText = "n/a",
        TargetText = "none",
        EnglandText = "n/a",
        StatisticalNeighboursText = "n/a",
    };

    [Fact]
    public void Of_TrajectoryThenStandingTargetWithAGap_DrawsEachTargetWhereItApplied()
    {
        // The caseload trajectory: 20, 19, 18, then the standing 15; one quarter without a target.
        decimal?[] targets = [20m, 19m, 18m, 15m, 15m, 15m, null, 15m];

        var chart = TrendChartModel.Of(Indicator(IndicatorCatalogue.CaseloadAverage, [.. targets.Select(_ => (decimal?)16m)], targets));

        Assert.Equal([new(0, 0, 20m), new(1, 1, 19m), new(2, 2, 18m), new(3, 5, 15m), new ChartRun(7, 7, 15m)], chart.Targets);
    }

    [Fact]
    public void Of_EightQuartersFrom2015To2017_LabelsEachQuarterAndTheYearUnderTheFirstAndEachQ1()
    {
        var chart = TrendChartModel.Of(Indicator(IndicatorCatalogue.CaseloadAverage, new decimal?[8], new decimal?[8]));

        Assert.Equal(["Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4"], chart.Quarters.Select(q => q.Quarter));
        Assert.Equal(["15/16", null, null, null, "16/17", null, null, null], chart.Quarters.Select(q => q.Year));
    }

    [Fact]
    public void Of_NoFigures_HasNoAxisAndNoLatestFigure()
    {
        var chart = TrendChartModel.Of(Indicator(IndicatorCatalogue.CaseloadAverage, new decimal?[4], [15m, 15m, 15m, 15m]));

        Assert.Null(chart.Axis);
        Assert.Null(chart.Latest);
    }

    [Fact]
    public void Of_PercentSeriesWithATarget_AxisCoversFiguresAndTargetWithinZeroToHundred()
    {
        // Return interviews 9% to 52% against a 60% target: the axis covers the target too, 0% to 80% in 20s;
        // the latest figure is the last known one (52.0%), not the gap after it.
        decimal?[] values = [9m, 14m, 21m, 28m, 35m, 41m, 48.8m, 52m, null];

        var chart = TrendChartModel.Of(Indicator(IndicatorCatalogue.ReturnInterviewHeld, values, [.. values.Select(_ => (decimal?)60m)]));

        Assert.Equal(["0%", "20%", "40%", "60%", "80%"], chart.Axis!.Ticks.Select(t => t.Label));
        Assert.Equal((7, 52m, "52.0%"), chart.Latest);
        Assert.True(chart.Shaded);
    }
}
