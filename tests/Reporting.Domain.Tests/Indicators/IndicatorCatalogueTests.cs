using Reporting.Domain.Indicators;

namespace Reporting.Domain.Tests.Indicators;

public class IndicatorCatalogueTests
{
    // The catalogue v1 table of data-contract.md: id and priority.
    [Theory]
    [InlineData("sw-caseload-avg", 2)]
    [InlineData("sw-permanent-pct", 2)]
    [InlineData("sw-agency-rate", 2)]
    [InlineData("sw-turnover-rate", 2)]
    [InlineData("sw-vacancy-rate", 2)]
    [InlineData("sw-recruited-permanent", 2)]
    [InlineData("sw-recruited-graduate", 2)]
    [InlineData("mgr-span", 3)]
    [InlineData("cla-count", 8)]
    [InlineData("cla-over-20-miles-pct", 8)]
    [InlineData("cla-placement-moves-3plus-pct", 8)]
    [InlineData("cla-health-assessment-pct", 9)]
    [InlineData("care-leavers-eet-pct", 9)]
    [InlineData("missing-episodes", 6)]
    [InlineData("missing-rhi-offered-pct", 6)]
    [InlineData("missing-rhi-72h-pct", 6)]
    [InlineData("referrals", 5)]
    [InlineData("rereferral-12m-pct", 5)]
    [InlineData("assessments-45wd-pct", 4)]
    [InlineData("icpc-15wd-pct", 4)]
    [InlineData("cp-repeat-pct", 5)]
    public void Get_EveryContractIndicator_IsDefinedWithItsPriority(string id, int priority)
    {
        var definition = IndicatorCatalogue.Get(id);

        Assert.Equal(priority, definition.Priority);
        Assert.True(definition.RecordLevel);
        Assert.False(string.IsNullOrWhiteSpace(definition.Definition));
    }

    [Fact]
    public void All_IdsAreUniqueAndEveryPriorityHasAnIndicator()
    {
        Assert.Equal(IndicatorCatalogue.All.Count, IndicatorCatalogue.All.Select(d => d.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 9), IndicatorCatalogue.All.Select(d => d.Priority).Distinct().Order());
    }

    [Theory]
    [InlineData("sw-turnover-rate", 15.86, "15.9%")]
    [InlineData("sw-caseload-avg", 15.96, "16.0")]
    [InlineData("sw-recruited-permanent", 1044, "1,044")]
    public void Format_ShowsTheIndicatorsDecimalsAndUnit(string id, double value, string expected) =>
        Assert.Equal(expected, IndicatorCatalogue.Get(id).Format((decimal)value));

    [Fact]
    public void FromParts_PercentageOfDfe2023Figures_MatchesPublishedRates()
    {
        // DfE Children's social work workforce 2023: leavers 5,254.6 FTE, in post 33,119.1 FTE → turnover 15.9%.
        var turnover = IndicatorCatalogue.Get(IndicatorCatalogue.TurnoverRate);

        Assert.Equal("15.9%", turnover.Format(turnover.FromParts(5254.6m, 33119.1m)!.Value));
        Assert.Null(turnover.FromParts(1m, 0m));
    }
}
