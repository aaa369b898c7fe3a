using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Tests.Aggregation;

namespace Reporting.Pipeline.Tests.MetricFiles;

public class MeasuresFileTests
{
    private static readonly FinancialQuarter Folder = FinancialQuarter.From("2016-17-Q2");

    /// <summary>Reads the file through the Validate stage, as a run does (findings condensed there).</summary>
    private static (IReadOnlyList<MeasureRow> Rows, FindingList Findings) Read(string body)
    {
        var validated = QuarterValidation.Validate(TestQuarter.Files(Folder.ToString(), ("measures.csv", "indicator,period,value,numerator,denominator,note\n" + body)), []);
        return (validated.Measures, validated.Findings);
    }

    [Fact]
    public void Read_GoodRows_GiveValuesForTheFolderQuarterAndBackfill()
    {
        var (rows, findings) = Read("sw-caseload-avg,,14.2,,,\nmissing-rhi-held-pct,2016-17-Q1,,119,250,\n");

        Assert.Empty(findings);
        Assert.Equal(Folder, rows[0].Value.Period);
        Assert.Equal(14.2m, rows[0].Value.Value);
        Assert.Equal(FinancialQuarter.From("2016-17-Q1"), rows[1].Value.Period);
        Assert.Equal(47.6m, rows[1].Value.Value); // 119 ÷ 250 = 47.6%
        Assert.Equal(3, rows[1].Row);
    }

    [Theory]
    [InlineData("sw-caseload-avgg,,14.2,,,", "indicator", "did you mean 'sw-caseload-avg'")]
    [InlineData("sw-caseload-avg,2016-17-Q3,14.2,,,", "period", "after this folder's quarter")]
    [InlineData("sw-caseload-avg,2016-Q2,14.2,,,", "period", "yyyy-yy-Qn")]
    [InlineData("sw-caseload-avg,,fourteen,,,", "value", "must be a number")]
    [InlineData("sw-turnover-rate,,150,,,", "value", "between 0 and 100")]
    [InlineData("referrals,,12.5,,,", "value", "whole number")]
    [InlineData("missing-rhi-held-pct,,52.0,120,250,", "value", "does not agree")]
    [InlineData("missing-rhi-held-pct,,,12,0,", "denominator", "denominator is zero")]
    [InlineData("missing-rhi-held-pct,,,260,250,", "denominator", "cannot be larger")]
    [InlineData("sw-caseload-avg,,,,,", "value", "blank")]
    public void Read_BadRow_IsAnErrorNamingRowAndColumn(string row, string column, string rule)
    {
        var (rows, findings) = Read(row + "\n");

        Assert.Empty(rows);
        var finding = Assert.Single(findings, f => f.Severity == Severity.Error);
        Assert.Equal(2, finding.Row);
        Assert.Equal(column, finding.Column);
        Assert.Contains(rule, finding.Rule);
    }

    [Theory]
    [InlineData("missing-rhi-held-pct,,48,119,250,")]   // 47.6 written without decimals rounds to 48
    [InlineData("missing-rhi-held-pct,,47.6,119,250,")]
    public void Read_ValueWrittenWithFewerDecimals_AgreesWithItsParts(string row)
    {
        var (rows, findings) = Read(row + "\n");

        Assert.Empty(findings);
        Assert.Single(rows);
    }

    [Fact]
    public void Read_SameIndicatorAndQuarterTwice_KeepsTheFirstAndSaysWhere()
    {
        var (rows, findings) = Read("referrals,,12,,,\nreferrals,2016-17-Q2,13,,,\n");

        Assert.Equal(12m, Assert.Single(rows).Value.Value);
        Assert.Contains("row 2", Assert.Single(findings).Rule);
    }

    [Fact]
    public void Read_OnlyNumeratorGiven_IsAWarningAndTheValueIsUsed()
    {
        var (rows, findings) = Read("missing-rhi-held-pct,,52.0,130,,\n");

        Assert.Equal(Severity.Warning, Assert.Single(findings).Severity);
        Assert.Equal(52.0m, Assert.Single(rows).Value.Value);
    }

    [Fact]
    public void Read_SameProblemOn25Rows_Lists20AndCountsTheRest()
    {
        // Rows 2 to 26 all write the value in words: 20 findings name their rows, one more says 5 more (25 in all).
        var (rows, findings) = Read(string.Concat(Enumerable.Range(1, 25).Select(n => $"referrals,,twelve,,,note {n}\n")));

        Assert.Empty(rows);
        Assert.Equal(21, findings.Count);
        Assert.Equal(Enumerable.Range(2, 20), findings.Take(20).Select(f => f.Row!.Value));
        Assert.Contains("5 more rows or elements than the 20 listed (25 in all)", findings[20].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LongUnknownIndicator_IsEchoedShortened()
    {
        var (_, findings) = Read(new string('x', 100) + ",,1,,,\n");

        Assert.Equal(new string('x', 40) + "…", Assert.Single(findings).Value);
    }
}
