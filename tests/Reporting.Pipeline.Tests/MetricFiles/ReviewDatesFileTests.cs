using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Tests.Aggregation;

namespace Reporting.Pipeline.Tests.MetricFiles;

public class ReviewDatesFileTests
{
    [Fact]
    public void Read_IssueDateOnTheQuartersLastDay_IsAnError()
    {
        var findings = new FindingList();

        var book = ReviewDatesFile.Read(TestQuarter.Input("config/review-dates.csv", "period,issue_date\n2017-18-Q2,30/09/2017\n"), findings);

        Assert.Null(book.For(FinancialQuarter.From("2017-18-Q2")));
        var finding = Assert.Single(findings);
        Assert.Equal((Severity.Error, 2, "issue_date", "30/09/2017"), (finding.Severity, finding.Row, finding.Column, finding.Value));
        Assert.Contains("issued after it ends", finding.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MeetingBeforeIssue_IsAWarningAndTheDatesAreUsed()
    {
        var findings = new FindingList();

        var book = ReviewDatesFile.Read(TestQuarter.Input("config/review-dates.csv", "period,issue_date,meeting_date\n2017-18-Q2,2017-11-06,2017-11-01\n"), findings);

        Assert.Equal(new ReviewDates(new DateOnly(2017, 11, 6), new DateOnly(2017, 11, 1)), book.For(FinancialQuarter.From("2017-18-Q2")));
        Assert.Equal((Severity.Warning, "meeting_date"), (Assert.Single(findings).Severity, findings[0].Column));
    }

    [Fact]
    public void BaselineRead_NotAQuarter_IsAnErrorAndNoBaseline()
    {
        var findings = new FindingList();

        var baseline = BaselineFile.Read(TestQuarter.Input("config/baseline.txt", "April 2015\n"), findings);

        Assert.Null(baseline);
        Assert.Equal((Severity.Error, "config/baseline.txt", 1, "April 2015"), (findings[0].Severity, findings[0].File, findings[0].Row, findings[0].Value));
    }

    [Fact]
    public void BaselineRead_NotUtf8_IsAnErrorSayingSoAndNoBaseline()
    {
        var findings = new FindingList();

        // Saved in Windows-1252: its pound sign (0xA3) is not UTF-8. Read leniently, the line became "2015-16-Q1 \uFFFD".
        var baseline = BaselineFile.Read(new InputFile("config/baseline.txt", [.. "2015-16-Q1 "u8, 0xA3, (byte)'\n'], "etag"), findings);

        Assert.Null(baseline);
        Assert.Contains("not UTF-8", Assert.Single(findings).Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void BaselineRead_Quarter_IsTheBaseline() =>
        Assert.Equal(FinancialQuarter.From("2015-16-Q1"), BaselineFile.Read(TestQuarter.Input("config/baseline.txt", "\uFEFF2015-16-Q1\r\n"), new FindingList()));
}
