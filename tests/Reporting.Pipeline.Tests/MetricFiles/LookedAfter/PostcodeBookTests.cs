using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.LookedAfter;
using Reporting.Pipeline.Tests.Aggregation;

namespace Reporting.Pipeline.Tests.MetricFiles.LookedAfter;

/// <summary>The hardening issue's postcodes.csv cases: a postcode listed twice, with the same or a conflicting grid reference, and a header-only file.</summary>
public class PostcodeBookTests
{
    private const string Header = "postcode,easting,northing\n";

    private static (PostcodeBook Book, FindingList Findings) Read(string text)
    {
        var findings = new FindingList();
        var book = PostcodeBook.Read(TestQuarter.Input("config/postcodes.csv", text), findings)!;
        return (book, findings);
    }

    [Fact]
    public void Read_PostcodeWithConflictingGridReferences_IsAnErrorAndGivesNoDistance()
    {
        var (book, findings) = Read(Header + "CM1 1AA,570000,207000\nCM2 2BB,571600,207000\ncm11aa,580000,217000\n");

        var error = Assert.Single(findings);
        Assert.Equal((Severity.Error, 4, "postcode"), (error.Severity, error.Row, error.Column));
        Assert.Contains("listed again (first on row 2) with a different grid reference", error.Rule, StringComparison.Ordinal);
        Assert.DoesNotContain("CM1", error.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(book.Miles("CM1 1AA", "CM2 2BB"));
    }

    [Fact]
    public void Read_PostcodeListedTwiceAlike_IsAWarningAndStillLocated()
    {
        var (book, findings) = Read(Header + "CM1 1AA,570000,207000\nCM2 2BB,571600,207000\nCM1 1AA,570000,207000.0\n");

        var warning = Assert.Single(findings);
        Assert.Equal((Severity.Warning, 4), (warning.Severity, warning.Row));
        Assert.Equal(1.0m, book.Miles("CM1 1AA", "CM2 2BB"));
    }

    [Fact]
    public void Read_HeaderOnly_IsAnError()
    {
        var (book, findings) = Read(Header);

        var error = Assert.Single(findings);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("no records", error.Rule, StringComparison.Ordinal);
        Assert.Equal(0, book.Count);
    }
}
