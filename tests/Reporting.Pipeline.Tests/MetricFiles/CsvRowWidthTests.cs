using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.MetricFiles.RecordFields;
using Reporting.Pipeline.Tests.Aggregation;

namespace Reporting.Pipeline.Tests.MetricFiles;

/// <summary>
/// The hardening issue's rows longer or shorter than their header: extra cells are never dropped
/// silently, a shifted record of a child is left out, and a row cut short names the columns it lacks.
/// </summary>
public class CsvRowWidthTests
{
    private const string EpisodesHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,PL_DISTANCE";

    private static (List<int> Rows, FindingList Findings) ReadRecords(string text, bool aboutPeople, params string[] optional)
    {
        var findings = new FindingList();
        var table = RecordCsv.Read(TestQuarter.Input("x.csv", text), ["indicator"], optional, findings, aboutPeople)!;
        var rows = table.Rows(findings).Select(row => row.Row!.Value).ToList();
        return (rows, findings);
    }

    [Fact]
    public void Rows_RecordWithValuesPastTheHeader_IsLeftOutAsShiftedWithoutQuotingThem()
    {
        var (rows, findings) = ReadRecords("indicator,value\na,1\nb,2,LA090001\n", aboutPeople: true, "value");

        Assert.Equal([2], rows);
        var error = Assert.Single(findings);
        Assert.Equal((Severity.Error, 3, (string?)null), (error.Severity, error.Row, error.Column));
        Assert.Contains("more cells than the header has columns", error.Rule, StringComparison.Ordinal);
        Assert.Contains("left out", error.Rule, StringComparison.Ordinal);
        Assert.Equal("3 cells; the header has 2 columns", error.Value);
        Assert.DoesNotContain("LA090001", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void HasUsableRows_EveryRecordShifted_IsFalseWithoutCallingTheFileHeaderOnly()
    {
        var findings = new FindingList();
        var table = RecordCsv.Read(TestQuarter.Input("x.csv", "indicator,value\na,1,2\nb,2,3\n"), ["indicator"], ["value"], findings)!;
        _ = table.Rows(findings).ToList();

        Assert.False(table.HasUsableRows(findings));
        Assert.Equal(2, findings.Count);
        Assert.DoesNotContain(findings, f => f.Rule.Contains("no records", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_ConfigRowWithValuesPastTheHeader_IsReadWithAWarning()
    {
        var (rows, findings) = ReadRecords("indicator,value\na,1,extra,more\n", aboutPeople: false, "value");

        Assert.Equal([2], rows);
        var warning = Assert.Single(findings);
        Assert.Equal((Severity.Warning, 2), (warning.Severity, warning.Row));
        Assert.Contains("the cells past column 2 are ignored", warning.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_TrailingEmptyCellsOnManyRows_AreReadWithOneWarning()
    {
        var (rows, findings) = ReadRecords("indicator,value\na,1,,\nb,2,\nc,3\n", aboutPeople: true, "value");

        Assert.Equal([2, 3, 4], rows);
        var warning = Assert.Single(findings);
        Assert.Equal((Severity.Warning, 2), (warning.Severity, warning.Row));
        Assert.StartsWith("This row and 1 more end with empty cells past the header's last column (column 2)", warning.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_RecordStoppingBeforeKnownColumns_IsAnErrorNamingThem()
    {
        var (rows, findings) = ReadRecords("indicator,value,note,ignored\na,1,x,y\nb\nc,3,x\n", aboutPeople: true, "value", "note");

        Assert.Equal([2, 4], rows); // row 4 lacks only the column the file ignores
        var error = Assert.Single(findings, f => f.Severity == Severity.Error);
        Assert.Equal((3, "value"), (error.Row, error.Column));
        Assert.Contains("It has no cell for value, note, so the row is left out", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_ConfigRowLeavingOffOptionalColumns_IsReadUnlessTheFileEndsThere()
    {
        var (rows, findings) = ReadRecords("indicator,value,note\na,1\nb,2,x\n", aboutPeople: false, "value", "note");
        Assert.Equal([2, 3], rows);
        Assert.Empty(findings);

        var (cutRows, cut) = ReadRecords("indicator,value,note\na,1,x\nb,2", aboutPeople: false, "value", "note");
        Assert.Equal([2], cutRows);
        var error = Assert.Single(cut);
        Assert.Equal((Severity.Error, 3, "note"), (error.Severity, error.Row, error.Column));
        Assert.StartsWith("This last row stops before the header's last column and no line break ends it, so the file was cut short", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EpisodesWhoseLastRowIsCutShort_IsAnErrorNamingTheMissingColumns()
    {
        var text = EpisodesHeader + "\nLA090000,31/08/2016,S,C2,N1,U1,PR1,09/11/2016,X1,,,,,3.0\nLA090001,09/11/2016,P,C2,N1,U4";

        var findings = FileCheck.Check("ssda903/episodes.csv", System.Text.Encoding.UTF8.GetBytes(text), Reporting.Domain.Periods.FinancialQuarter.From("2016-17-Q3"), Reporting.Pipeline.Aggregation.RecordSources.All);

        var error = Assert.Single(findings, f => f.Row == 3);
        Assert.Equal((Severity.Error, "PLACE_PROVIDER"), (error.Severity, error.Column));
        Assert.Contains("no cell for PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN, PL_DISTANCE", error.Rule, StringComparison.Ordinal);
    }
}
