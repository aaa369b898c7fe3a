using System.Text;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.Tests.MetricFiles;

/// <summary>The hardening issue's dates in year 0001, 1900 and 9999: real-looking dates no child's or worker's record can hold are errors, never figures.</summary>
public class PlausibleDateTests
{
    private static readonly FinancialQuarter Period = FinancialQuarter.From("2016-17-Q3");

    private const string EpisodesHeader = "CHILD,DECOM,RNE,LS,PLACE,DEC\n";

    private static IReadOnlyList<Finding> Check(string name, string text) =>
        FileCheck.Check(name, Encoding.UTF8.GetBytes(text), Period, RecordSources.All);

    [Theory]
    [InlineData("01/01/0001")]
    [InlineData("01/01/1900")]
    [InlineData("31/12/1919")]
    [InlineData("9999-12-31")]
    [InlineData("01/01/2100")]
    public void Check_EpisodeStartOutsideThePlausibleRange_IsAnErrorAndTheRecordLeftOut(string date)
    {
        var findings = Check("ssda903/episodes.csv", EpisodesHeader + $"LA090001,{date},S,C2,U1,\n");

        var error = Assert.Single(findings, f => f.Column == "DECOM");
        Assert.Equal((Severity.Error, 2), (error.Severity, error.Row));
        Assert.StartsWith("DECOM is not a plausible date: a date here is from 01/01/1920 to 31/12/2099", error.Rule, StringComparison.Ordinal);
        Assert.Null(error.Value); // a date in a record about a child is never quoted
    }

    [Theory]
    [InlineData("01/01/1920")]
    [InlineData("31/12/2099")]
    public void Date_AtTheBounds_IsRead(string date)
    {
        var findings = new FindingList();
        var table = RecordCsv.Read(Aggregation.TestQuarter.Input("x.csv", $"indicator,value\nd,{date}\n"), ["indicator"], ["value"], findings)!;

        Assert.NotNull(table.Rows(findings).Single().Date("value", required: true));
        Assert.Empty(findings);
    }

    [Fact]
    public void Check_WorkforceStartDateIn1900_IsAnError()
    {
        var findings = Check("workforce.csv", "worker_id,team,role,employment,fte,start_date\nSW1,North,1,permanent,1.0,01/01/1900\nSW2,North,1,permanent,1.0,01/07/2014\n");

        var error = Assert.Single(findings);
        Assert.Equal((Severity.Error, 2, "start_date"), (error.Severity, error.Row, error.Column));
        Assert.Contains("not a plausible date", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CinReferralIn9999_IsAnErrorNamingTheElement()
    {
        const string census = "<Message><Children><Child><ChildIdentifiers><LAchildID>LA1</LAchildID></ChildIdentifiers><CINdetails><CINreferralDate>9999-12-31</CINreferralDate></CINdetails></Child></Children></Message>";

        var findings = Check("cin.xml", census);

        var error = Assert.Single(findings, f => f.Column == "CINreferralDate");
        Assert.Equal("/Message/Children/Child[1]/CINdetails[1]", error.ElementPath);
        Assert.Contains("not a plausible date", error.Rule, StringComparison.Ordinal);
    }
}
