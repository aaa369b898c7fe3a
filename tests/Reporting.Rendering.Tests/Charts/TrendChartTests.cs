using Reporting.Domain.Periods;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Charts;

namespace Reporting.Rendering.Tests.Charts;

public sealed class TrendChartTests
{
    [Fact]
    public void Runs_TrajectoryThenStandingTargetWithAGap_DrawsEachTargetWhereItApplied()
    {
        // The caseload trajectory: 20, 19, 18, then the standing 15; one quarter without a target.
        decimal?[] targets = [20m, 19m, 18m, 15m, 15m, 15m, null, 15m];
        var start = FinancialQuarter.From("2015-16-Q1");
        var history = targets.Select((t, i) => new HistoryPoint(start.Plus(i), null, t)).ToArray();

        var runs = TrendChart.Runs(history, p => p.Target).ToArray();

        Assert.Equal([(0, 0, 20m), (1, 1, 19m), (2, 2, 18m), (3, 5, 15m), (7, 7, 15m)], runs);
    }
}
