using System.Text;
using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.MetricFiles.RecordFields;
using Reporting.Pipeline.Tests.Aggregation;

namespace Reporting.Pipeline.Tests.MetricFiles;

public class CsvTableTests
{
    private static readonly CsvColumn[] Columns = [new("indicator", Required: true), new("value"), new("note")];

    [Fact]
    public void Read_BomQuotedFieldsAndMixedCaseHeader_ReadsEveryRecord()
    {
        var findings = new FindingList();
        var file = TestQuarter.Input("measures.csv", "Indicator,VALUE,Note\nreferrals,12,\"a note, with a comma\"\nmgr-span,6.5,\"said \"\"hello\"\"\nover two lines\"\n", byteOrderMark: true);

        var rows = CsvTable.Read(file, Columns, findings).Rows().ToList();

        Assert.Empty(findings);
        Assert.Equal(2, rows.Count);
        Assert.Equal("a note, with a comma", rows[0].Text("note"));
        Assert.Equal("said \"hello\"\nover two lines", rows[1].Text("note"));
        Assert.Equal([2, 3], rows.Select(r => r.Number));
    }

    [Fact]
    public void Read_UnknownColumn_IsAWarningAndIgnored()
    {
        var findings = new FindingList();

        var table = CsvTable.Read(TestQuarter.Input("measures.csv", "indicator,value,colour\nreferrals,12,red\n"), Columns, findings);

        var finding = Assert.Single(findings);
        Assert.Equal((Severity.Warning, 1, null), (finding.Severity, finding.Row, finding.Column));
        Assert.StartsWith("Column 3 of the header is not one this file uses", finding.Rule, StringComparison.Ordinal);
        Assert.DoesNotContain("colour", finding.Rule, StringComparison.Ordinal); // an unknown name could be a child's details: not quoted
        Assert.True(table.Usable);
    }

    [Fact]
    public void Read_RequiredColumnMissing_MakesTheFileUnusable()
    {
        var findings = new FindingList();

        var table = CsvTable.Read(TestQuarter.Input("measures.csv", "value,note\n12,x\n"), Columns, findings);

        Assert.False(table.Usable);
        Assert.Empty(table.Rows());
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Column == "indicator" && f.Rule.Contains("Required column", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NotUtf8_SaysHowToSaveIt()
    {
        var findings = new FindingList();
        var latin1 = Encoding.Latin1.GetBytes("indicator,value,note\nreferrals,12,caf\u00e9\n");

        var table = CsvTable.Read("measures.csv", latin1, Columns, findings);

        Assert.False(table.Usable);
        Assert.Contains("CSV UTF-8", Assert.Single(findings).Rule);
    }

    [Fact]
    public void Read_EmptyFile_NeedsAHeader()
    {
        var findings = new FindingList();

        CsvTable.Read("measures.csv", [], Columns, findings);

        Assert.Contains("no header row", Assert.Single(findings).Rule);
    }

    [Theory]
    [InlineData("25/12/2016", "2016-12-25")]
    [InlineData("5/1/2017", "2017-01-05")]
    [InlineData("2017-01-05", "2017-01-05")]
    public void Date_AcceptsDfeAndIsoForms(string text, string expected)
    {
        var findings = new FindingList();
        var table = RecordCsv.Read(TestQuarter.Input("x.csv", $"indicator,value\nd,{text}\n"), ["indicator"], ["value"], findings)!;

        Assert.Equal(DateOnly.Parse(expected), table.Rows(findings).Single().Date("value", required: false));
        Assert.Empty(findings);
    }

    [Fact]
    public void Date_PrivateColumn_KeepsTheValueOutOfTheFinding()
    {
        var findings = new FindingList();
        var table = RecordCsv.Read(TestQuarter.Input("x.csv", "indicator,value\nd,31/02/2010\n"), ["indicator"], ["value"], findings)!;

        Assert.Null(table.Rows(findings).Single().Date("value", required: false, sensitive: true));

        var finding = Assert.Single(findings);
        Assert.Null(finding.Value);
        Assert.Equal((2, "value"), (finding.Row, finding.Column));
    }

    [Fact]
    public void Rows_CopiesAndLongValues_AreListedBeforeTheFieldFindingsOfTheRowsRead()
    {
        var findings = new FindingList();
        var tooLong = new string('x', CsvTable.MaxFieldLength + 1);
        var text = $"indicator,value\nd,31/02/2010\né,1\né,1\nd,{tooLong}\nd,1\nd,1,\n";
        var table = RecordCsv.Read(TestQuarter.Input("x.csv", text), ["indicator"], ["value"], findings)!;

        var numbers = table.Rows(findings).Select(row => (row.Row, row.Date("value", required: false))).Select(r => r.Row).ToList();

        Assert.Equal([2, 3, 6, 7], numbers); // row 7 has one more (empty) cell than row 6: not a copy
        Assert.Equal([(4, "exact copy"), (5, "longer than"), (7, "empty cells past"), (2, "is not a date"), (3, "is not a date"), (6, "is not a date"), (7, "is not a date")],
            findings.Select(f => (f.Row!.Value, new[] { "exact copy", "longer than", "empty cells past", "is not a date" }.First(f.Rule.Contains))));
        Assert.Equal("same as row 3", findings[0].Value);
    }

    [Fact]
    public void Rows_ReadTwice_Throws()
    {
        var table = CsvTable.Read(TestQuarter.Input("measures.csv", "indicator\nreferrals\n"), Columns, new FindingList());

        Assert.Single(table.Rows());
        Assert.Equal(1, table.RowCount);
        Assert.Throws<InvalidOperationException>(() => table.Rows());
    }

    [Fact]
    public void Rows_ManyRecords_CopyOfTheFirstFoundAfterTheIndexHasGrown()
    {
        // 200,000 distinct records with a copy of the first at the end: the copy is still found.
        var csv = new StringBuilder("indicator,value,note\n");
        for (var n = 0; n < 200_000; n++)
        {
            csv.Append("r").Append(n).Append(",12,a note\n");
        }

        csv.Append("r0,12,a note\n");
        var findings = new FindingList();

        var count = CsvTable.Read(TestQuarter.Input("measures.csv", csv.ToString()), Columns, findings).Rows().Count();

        Assert.Equal(200_000, count);
        Assert.Equal((200_002, "same as row 2"), (Assert.Single(findings).Row!.Value, findings[0].Value));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Rows_CopiesAfterQuotesBlankLinesAndWideCharacters_AreFoundCellByCell(string newline)
    {
        // Rows 4 and 8 repeat rows 2 and 3 cell for cell, though written with other quoting; row 6 differs from row 2 by one character.
        string[] lines =
        [
            "indicator,value,note",
            "café 😀,12,\"two\nlines\"",
            "\"r,1\",,",
            "",
            "\"café 😀\",\"12\",\"two\nlines\"",
            "ré,1,\"😀😀\"",
            "café 😀,13,\"two\nlines\"",
            "",
            "",
            "ré,2,x",
            "\"r,1\",\"\",",
        ];
        var findings = new FindingList();

        var rows = CsvTable.Read(TestQuarter.Input("measures.csv", string.Join(newline, lines) + newline, byteOrderMark: true), Columns, findings).Rows().Select(r => r.Number).ToList();

        Assert.Equal([2, 3, 5, 6, 7], rows);
        Assert.Equal([(4, "same as row 2"), (8, "same as row 3")], findings.Select(f => (f.Row!.Value, f.Value)));
    }

    [Fact]
    public void Rows_FileCancelledPartWay_StopsAtTheNextRecord()
    {
        using var answered = new CancellationTokenSource();
        var file = new InputFile("measures.csv", System.Text.Encoding.UTF8.GetBytes("indicator,value\na,1\nb,2\nc,3\n"), "\"t\"") { Cancellation = answered.Token };
        using var rows = CsvTable.Read(file, Columns, new FindingList()).Rows().GetEnumerator();

        Assert.True(rows.MoveNext());
        answered.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => rows.MoveNext());
    }
}

