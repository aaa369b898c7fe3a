using System.Text;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;

namespace Reporting.Pipeline.Tests.MetricFiles;

public class FileCheckTests
{
    private static readonly FinancialQuarter Period = FinancialQuarter.From("2016-17-Q2");

    private static IReadOnlyList<Finding> Check(string name, string text) =>
        FileCheck.Check(name, Encoding.UTF8.GetBytes(text), Period, RecordSources.All);

    [Fact]
    public void Check_PostcodesWithoutRequiredColumns_IsAnErrorNamingTheColumn()
    {
        var findings = Check("postcodes.csv", "postcode,x,y\nAB1 2CD,1,2\n");

        var errors = findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.Equal(["easting", "northing"], errors.Select(e => e.Column));
        Assert.All(findings, f => Assert.Equal("config/postcodes.csv", f.File));
    }

    [Fact]
    public void Check_PostcodeWithBadEasting_IsAnErrorThatDoesNotEchoThePostcode()
    {
        var findings = Check("config/postcodes.csv", "postcode,easting,northing\nAB1 2CD,east,2\n");

        var error = Assert.Single(findings);
        Assert.Equal((2, "easting"), (error.Row, error.Column));
        Assert.DoesNotContain("AB1", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GoodPostcodes_HasNoFindings() =>
        Assert.Empty(Check("postcodes.csv", "postcode,easting,northing\nAB1 2CD,400000,300000\n"));

    [Theory]
    [InlineData("Anyshire County Council\n", 0)]
    [InlineData("\n\nAnyshire", 1)]
    [InlineData("", 1)]
    public void Check_CouncilName_NeedsANonEmptyFirstLine(string text, int errors) =>
        Assert.Equal(errors, Check("council.txt", text).Count(f => f.Severity == Severity.Error));

    [Fact]
    public void Check_CouncilNameOver120Characters_IsAnError()
    {
        Assert.Empty(Check("council.txt", new string('a', 120)));
        var error = Assert.Single(Check("council.txt", new string('a', 121)));
        Assert.Contains("at most 120", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CouncilNameNotUtf8_IsAnError()
    {
        var latin1 = new byte[] { 0x42, 0x72, 0xF8, 0x6E, 0x0A }; // "Brøn" in Latin-1

        var error = Assert.Single(FileCheck.Check("council.txt", latin1, Period, RecordSources.All));

        Assert.Contains("not UTF-8", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BareSsdaTableName_IsReadAsTheSsda903Table()
    {
        var findings = Check("oc2.csv", "CHILD,HEALTH_CHECK\nA,1\n");

        var error = Assert.Single(findings, f => f.Severity == Severity.Error);
        Assert.Equal(("ssda903/oc2.csv", "HEALTH_ASSESSMENT"), (error.File, error.Column));
    }

    [Theory]
    [InlineData("measures.csv", "indicator,period,value\nreferrals,2016-17-Q2,1\n")]
    [InlineData("cin.xml", "<Message><Children><Child/></Children></Message>")]
    [InlineData("config/targets.csv", "indicator,target\nreferrals,1\n")]
    public void CheckUpload_RequestAlreadyAnswered_StopsWithoutReading(string name, string text)
    {
        using var answered = new CancellationTokenSource();
        answered.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => FileCheck.CheckUpload(name, Encoding.UTF8.GetBytes(text), Period, RecordSources.All, answered.Token));
    }
}

