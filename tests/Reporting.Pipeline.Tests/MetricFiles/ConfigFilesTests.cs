using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Tests.Aggregation;

namespace Reporting.Pipeline.Tests.MetricFiles;

public class ConfigFilesTests
{
    [Fact]
    public void Targets_QuarterRowOverridesStandingTarget()
    {
        var findings = new FindingList();
        var book = TargetsFile.Read(TestQuarter.Input("config/targets.csv", "indicator,period,target,trajectory_note\nsw-caseload-avg,,15,Standing\nsw-caseload-avg,2015-16-Q3,18,Trajectory\n"), findings);

        Assert.Empty(findings);
        Assert.Equal(18m, book.For("sw-caseload-avg", FinancialQuarter.From("2015-16-Q3"))!.Value);
        Assert.Equal(15m, book.For("sw-caseload-avg", FinancialQuarter.From("2016-17-Q1"))!.Value);
        Assert.Null(book.For("referrals", FinancialQuarter.From("2016-17-Q1")));
    }

    [Fact]
    public void Targets_BadToleranceAndUnknownIndicator_AreErrors()
    {
        var findings = new FindingList();
        TargetsFile.Read(TestQuarter.Input("config/targets.csv", "indicator,target,tolerance\nsw-caseload-avg,15,10\nno-such,1,\n"), findings);

        Assert.Equal([(2, "tolerance"), (3, "indicator")], findings.Select(f => (f.Row!.Value, f.Column!)));
    }

    [Fact]
    public void Targets_NegativeTarget_IsAnErrorAndNoTargetIsSet()
    {
        // The hardening issue's reproduction: a caseload target of -3.
        var findings = new FindingList();
        var book = TargetsFile.Read(TestQuarter.Input("config/targets.csv", "indicator,target\nsw-caseload-avg,-3\n"), findings);

        var error = Assert.Single(findings, f => f.Row == 2);
        Assert.Equal((Severity.Error, "target", "-3"), (error.Severity, error.Column, error.Value));
        Assert.Contains("out of range: it must be at least 0", error.Rule, StringComparison.Ordinal);
        Assert.Null(book.For("sw-caseload-avg", FinancialQuarter.From("2016-17-Q1")));
    }

    [Fact]
    public void Targets_MisspeltIndicator_SuggestsTheCatalogueId()
    {
        var findings = new FindingList();
        TargetsFile.Read(TestQuarter.Input("config/targets.csv", "indicator,target\nsw-caseload-av,15\n"), findings);

        var error = Assert.Single(findings);
        Assert.Equal((2, "indicator"), (error.Row, error.Column));
        Assert.Contains("did you mean 'sw-caseload-avg'", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Benchmarks_BadYearOn30Rows_IsCondensedByTheValidateStage()
    {
        var files = TestQuarter.Files("2016-17-Q2", [("measures.csv", "indicator,value\nreferrals,12\n")], [("benchmarks.csv", "indicator,year,england\n" + string.Concat(Enumerable.Range(1, 30).Select(n => $"sw-turnover-rate,16,{n}\n")))]);

        var validated = QuarterValidation.Validate(files, []);

        var findings = validated.Findings;
        Assert.Null(validated.Benchmarks.For("sw-turnover-rate", FinancialQuarter.From("2016-17-Q2")));
        Assert.Equal(21, findings.Count);
        Assert.Contains("(30 in all)", findings[20].Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2016-17-Q2", 16.0)] // ends September 2016: the 2016 figure (at 30 September 2016) is not out yet, so 2015
    [InlineData("2016-17-Q4", 15.1)] // ends March 2017: 2016; the 2018 row is later
    [InlineData("2015-16-Q1", null)] // ends June 2015: nothing published before it
    public void Benchmarks_WithoutPublicationDate_UsesOnlyYearsBeforeTheQuarterEnds(string period, double? england)
    {
        var findings = new FindingList();
        var book = BenchmarksFile.Read(TestQuarter.Input("config/benchmarks.csv", "indicator,year,england,statistical_neighbours\nsw-turnover-rate,2015,16.0,\nsw-turnover-rate,2016,15.1,14.0\nsw-turnover-rate,2018,15.0,\n"), findings);

        Assert.Empty(findings);
        Assert.Equal((decimal?)england, book.For("sw-turnover-rate", FinancialQuarter.From(period))?.England);
    }

    [Theory]
    [InlineData("2016-17-Q3", 16.0)] // ends 31 December 2016: the 2016 figure came out on 23 February 2017, after it
    [InlineData("2016-17-Q4", 15.1)] // ends 31 March 2017: published by then
    public void Benchmarks_PublishedAfterTheQuarterEnded_IsNotUsedForIt(string period, double england)
    {
        var findings = new FindingList();
        var book = BenchmarksFile.Read(TestQuarter.Input("config/benchmarks.csv", "indicator,year,england,statistical_neighbours,published\nsw-turnover-rate,2015,16.0,18.2,2016-02-25\nsw-turnover-rate,2016,15.1,17.0,23/02/2017\n"), findings);

        Assert.Empty(findings);
        Assert.Equal((decimal)england, book.For("sw-turnover-rate", FinancialQuarter.From(period))!.England);
    }

    [Fact]
    public void Benchmarks_PublishedBeforeTheYearItDescribes_IsAnErrorNamingTheRow()
    {
        var findings = new FindingList();
        BenchmarksFile.Read(TestQuarter.Input("config/benchmarks.csv", "indicator,year,england,published\nsw-turnover-rate,2016,15.1,2015-02-23\n"), findings);

        var finding = Assert.Single(findings);
        Assert.Equal((Severity.Error, 2, "published", "2015-02-23"), (finding.Severity, finding.Row, finding.Column, finding.Value));
    }

    [Fact]
    public void Commentary_SectionsByPriorityWithUnknownHeadingWarned()
    {
        var findings = new FindingList();
        var text = "# Title\n\n## Summary\nAll well.\n\n## Priority 2\n- caseloads down\n\n## Weather\nSunny\n\n## Risks\nAgency staff.\n";

        var sections = CommentaryFile.Read(TestQuarter.Input("2016-17-Q2/commentary.md", text), findings);

        Assert.Equal("All well.", sections.Summary);
        Assert.Equal("- caseloads down", sections.ByPriority[2]);
        Assert.Equal("Agency staff.", sections.Risks);
        var warning = Assert.Single(findings);
        Assert.Equal((Severity.Warning, 9), (warning.Severity, warning.Row!.Value)); // "## Weather" is line 9
    }
}
