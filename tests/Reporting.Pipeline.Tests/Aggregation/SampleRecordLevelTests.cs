using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Storage;
using Reporting.SampleData;

namespace Reporting.Pipeline.Tests.Aggregation;

/// <summary>The sample data's record-level files give the arc's figures through DfE's formulas.</summary>
public class SampleRecordLevelTests
{
    private static readonly Lazy<IReadOnlyList<SampleFile>> Files = new(SampleDataSet.Files);

    public static TheoryData<int> QuarterIndexes => [.. Enumerable.Range(0, SampleArc.Quarters.Count)];

    [Theory]
    [MemberData(nameof(QuarterIndexes))]
    public void RecordSources_SampleQuarter_ReproduceTheArc(int index)
    {
        var period = SampleArc.Quarters[index];
        var quarter = Quarter(index);

        var results = RecordSources.All.Select(s => s.Read(quarter)).ToList();

        Assert.DoesNotContain(results.SelectMany(r => r.Findings), f => f.Severity == Severity.Error);
        var values = results.SelectMany(r => r.Values).ToList();
        var recordLevel = IndicatorCatalogue.All.Where(d => d.RecordLevel).ToList();
        Assert.Equal(recordLevel.Select(d => d.Id).Order(), values.Select(v => v.IndicatorId).Order());
        foreach (var series in SampleArc.All.Where(s => recordLevel.Any(d => d.Id == s.IndicatorId)))
        {
            var definition = IndicatorCatalogue.Get(series.IndicatorId);
            var expected = SampleArc.Figure(series, index).Value;
            var actual = values.Single(v => v.IndicatorId == series.IndicatorId);
            Assert.True(actual.IsAvailable, $"{series.IndicatorId}: {actual.NotAvailableReason}");
            Assert.True(definition.Round(expected) == definition.Round(actual.Value!.Value), $"{period} {series.IndicatorId}: arc {expected}, records {actual.Value}");
        }

        Assert.Equal(6, results.SelectMany(r => r.Teams).Count());
    }

    [Theory]
    [MemberData(nameof(QuarterIndexes))]
    public void Aggregate_SampleQuarter_RecordLevelAgreesWithMeasures(int index)
    {
        var validated = QuarterValidation.Validate(Quarter(index), RecordSources.All);

        var indicators = IndicatorAggregator.Aggregate(validated, new Dictionary<Domain.Periods.FinancialQuarter, IReadOnlyList<IndicatorValue>>());

        Assert.DoesNotContain(validated.Findings, f => f.Severity == Severity.Error || f.Rule.Contains("record-level", StringComparison.Ordinal));
        Assert.All(IndicatorCatalogue.All.Where(d => d.RecordLevel), d => Assert.True(indicators.Current[d.Id].IsAvailable, d.Id));
    }

    private static QuarterFiles Quarter(int index)
    {
        var period = SampleArc.Quarters[index];
        var prefix = StoreLayout.QuarterInputs(SampleDataSet.Council, period);
        var uploads = Files.Value.Where(f => f.Name.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Name[prefix.Length..], f => new InputFile($"{period}/{f.Name[prefix.Length..]}", f.Content, "\"sample\""), StringComparer.OrdinalIgnoreCase);
        return new QuarterFiles(SampleDataSet.Council, period, uploads, new Dictionary<string, InputFile>());
    }
}
