using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;

namespace Reporting.Pipeline.Tests.Aggregation;

public class IndicatorAggregatorTests
{
    private static readonly FinancialQuarter Quarter = FinancialQuarter.From("2016-17-Q2");

    /// <summary>A record source that yields fixed values, standing in for a record-level file.</summary>
    private sealed class FixedSource(params IndicatorValue[] values) : IRecordSource
    {
        public bool Reads(string relativeName) => relativeName == "workforce.csv";

        public SourceResult Read(QuarterFiles files) => new(values, [], []);
    }

    private static QuarterIndicators Aggregate(string measures, IRecordSource source, out FindingList findings,
        IReadOnlyDictionary<FinancialQuarter, IReadOnlyList<IndicatorValue>>? published = null)
    {
        var files = TestQuarter.Files(Quarter.ToString(), ("measures.csv", "indicator,period,value,numerator,denominator\n" + measures));
        var validated = QuarterValidation.Validate(files, [source]);
        findings = validated.Findings;
        return IndicatorAggregator.Aggregate(validated, published ?? new Dictionary<FinancialQuarter, IReadOnlyList<IndicatorValue>>());
    }

    [Fact]
    public void Aggregate_RecordLevelDisagreesWithMeasures_RecordLevelWinsWithAWarning()
    {
        var computed = IndicatorValue.Available(IndicatorCatalogue.CaseloadAverage, Quarter, 14.24m, "workforce.csv");

        var result = Aggregate("sw-caseload-avg,,15.0,,\n", new FixedSource(computed), out var findings);

        Assert.Equal(14.24m, result.Current[IndicatorCatalogue.CaseloadAverage].Value);
        var warning = Assert.Single(findings);
        Assert.Equal((Severity.Warning, 2, "value"), (warning.Severity, warning.Row, warning.Column));
        Assert.Contains("14.2", warning.Rule);
    }

    [Fact]
    public void Aggregate_RecordLevelAgreesWithinRounding_NoWarning()
    {
        var computed = IndicatorValue.Available(IndicatorCatalogue.CaseloadAverage, Quarter, 14.24m, "workforce.csv");

        Aggregate("sw-caseload-avg,,14.2,,\n", new FixedSource(computed), out var findings);

        Assert.Empty(findings);
    }

    [Fact]
    public void Aggregate_NoSourceForAnIndicator_IsNotAvailableWithTheReason()
    {
        var result = Aggregate("referrals,,12,,\n", new FixedSource(), out _);

        var missing = result.Current[IndicatorCatalogue.TurnoverRate];
        Assert.False(missing.IsAvailable);
        Assert.Contains("no row in measures.csv", missing.NotAvailableReason);
        Assert.Equal(12m, result.Current[IndicatorCatalogue.Referrals].Value);
    }

    [Fact]
    public void Aggregate_History_PrefersPublishedThenBackfill()
    {
        var published = new Dictionary<FinancialQuarter, IReadOnlyList<IndicatorValue>>
        {
            [Quarter.Previous()] = [IndicatorValue.Available(IndicatorCatalogue.Referrals, Quarter.Previous(), 100m, "published")],
        };

        var result = Aggregate(
            "referrals,,12,,\nreferrals,2016-17-Q1,99,,\nreferrals,2015-16-Q4,98,,\nreferrals,2014-15-Q2,50,,\n",
            new FixedSource(),
            out _,
            published);

        Assert.Equal(100m, result.ValueIn(IndicatorCatalogue.Referrals, Quarter.Previous())!.Value);
        Assert.Equal(98m, result.ValueIn(IndicatorCatalogue.Referrals, Quarter.Plus(-2))!.Value);
        Assert.Equal(50m, result.ValueIn(IndicatorCatalogue.Referrals, FinancialQuarter.From("2014-15-Q2"))!.Value); // 8 quarters back: the earliest in the data, reached for the baseline
    }

    [Fact]
    public void Aggregate_HistoryBeyondFiveYears_IsNotReached()
    {
        // Quarter is 2016-17-Q2; 2011-12-Q2 is 20 quarters back, one more than the history holds.
        var result = Aggregate("referrals,,12,,\nreferrals,2011-12-Q2,40,,\nreferrals,2011-12-Q3,41,,\n", new FixedSource(), out _);

        Assert.Null(result.ValueIn(IndicatorCatalogue.Referrals, FinancialQuarter.From("2011-12-Q2")));
        Assert.Equal(41m, result.ValueIn(IndicatorCatalogue.Referrals, FinancialQuarter.From("2011-12-Q3"))!.Value);
    }
}
