using PdfSharp.Drawing;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Tests.Layout;

/// <summary>
/// Layout tests: given this much space and this content, expect these boxes. Text is 5 pt per
/// character; body lines are 10 pt × 1.28 = 12.8 pt; table rows of one line are
/// 8.5 pt × 1.28 + 2 × 3 pt padding = 16.88 pt.
/// </summary>
public sealed class PaginatorTests
{
    private const double BodyLine = 12.8;
    private const double TableRow = 16.88;

    private static LaidOutDocument Paginate(double height, params Block[] blocks) =>
        new Paginator(FixedWidthMeasure.Context, new XRect(0, 0, 200, height)).Paginate(blocks);

    private static TableBlock Table(int rows, Func<int, string>? second = null) => new(
        [new TableColumn("Name", 1), new TableColumn("Figure", 1)],
        Enumerable.Range(1, rows).Select(r => (IReadOnlyList<TableCell>)[$"row {r}", second?.Invoke(r) ?? "1.0"]).ToArray());

    /// <summary>A paragraph of exactly <paramref name="lines"/> lines in 200 pt (40 characters a line).</summary>
    private static TextBlock Lines(int lines) =>
        TextBlock.Paragraph(string.Join(' ', Enumerable.Range(0, lines).Select(i => new string((char)('a' + i), 39))));

    [Fact]
    public void Paginate_TableLongerThanPage_RepeatsHeaderOnEveryPage()
    {
        // 100 pt: header 16.88 + 4 rows (67.52) = 84.4; a fifth row would need 101.28.
        var layout = Paginate(100, Table(10));

        Assert.Equal(["table 'Name' rows 1-4 of 10", "table 'Name' rows 5-8 of 10, header repeated", "table 'Name' rows 9-10 of 10, header repeated"],
            layout.Pages.Select(p => Assert.Single(p.Fragments).Fragment.Describe()));
        Assert.Equal(5 * TableRow, layout.Pages[0].Fragments[0].Box.Height, 3);
        Assert.Equal(3 * TableRow, layout.Pages[2].Fragments[0].Box.Height, 3);
        Assert.Empty(layout.Issues);
    }

    [Fact]
    public void Paginate_TallRowThatDoesNotFit_MovesWholeToNextPage()
    {
        // Column text width is 100 − 8 = 92 pt (18 characters): row 3's six 8-letter words take 3 lines (38.64 pt).
        var layout = Paginate(80, Table(4, r => r == 3 ? "aaaaaaaa bbbbbbbb cccccccc dddddddd eeeeeeee ffffffff" : "1.0"));

        Assert.Equal("table 'Name' rows 1-2 of 4", layout.Pages[0].Fragments[0].Fragment.Describe());
        Assert.Equal("table 'Name' rows 3-4 of 4, header repeated", layout.Pages[1].Fragments[0].Fragment.Describe());
        Assert.Equal(TableRow + (3 * 8.5 * 1.28) + 6 + TableRow, layout.Pages[1].Fragments[0].Box.Height, 3);
        Assert.All(layout.Pages.SelectMany(p => p.Fragments), f => Assert.False(f.Clipped));
    }

    [Fact]
    public void Paginate_GroupRowAtTheFootOfAPage_MovesToTheNextPageWithItsRows()
    {
        // 100 pt: header, group, 2 rows and the second group (5 × 16.88 = 84.4) would fit, but not the row it introduces.
        var table = new TableBlock(
            [new TableColumn("Name", 1), new TableColumn("Figure", 1)],
            [["Priority 1"], ["row 1", "1.0"], ["row 2", "2.0"], ["Priority 2"], ["row 3", "3.0"]]);

        var layout = Paginate(100, table);

        Assert.Equal(["table 'Name' rows 1-3 of 5", "table 'Name' rows 4-5 of 5, header repeated"], layout.Pages.Select(p => p.Fragments[0].Fragment.Describe()));
    }

    [Fact]
    public void Paginate_HeadingWithNoRoomForWhatFollows_MovesToTheNextPageWithIt()
    {
        // Page 100 pt: 5 lines (64) + gap 7 = 71; the heading (6 + 16 = 22) would fit, but then only 2 pt remain for the paragraph.
        var heading = TextBlock.Heading(2, "Priority 2", FixedWidthMeasure.Context.Theme);
        var layout = Paginate(100, Lines(5), heading, Lines(6));

        Assert.Single(layout.Pages[0].Fragments);
        Assert.StartsWith("Heading2", layout.Pages[1].Fragments[0].Fragment.Describe());
        Assert.Equal(0, layout.Pages[1].Fragments[0].Box.Y, 3);
        Assert.StartsWith("Paragraph lines 1-6 of 6", layout.Pages[1].Fragments[1].Fragment.Describe());
    }

    [Fact]
    public void Paginate_SectionHeadings_AreListedOnThePagesTheyStartAndGiveTheContentsItsPages()
    {
        // 100 pt: "Scorecard" (17 pt × 1.28 = 21.76, then 8) and 5 lines (64) reach 93.76, and the gap after
        // them (7) fills the page, so "Risks" and the level 2 heading kept with it start page 2.
        var theme = FixedWidthMeasure.Context.Theme;
        var layout = Paginate(100, TextBlock.Heading(1, "Scorecard", theme), Lines(5), TextBlock.Heading(1, "Risks", theme), TextBlock.Heading(2, "Rated red", theme), Lines(2));

        Assert.Equal([new PageHeading(1, "Scorecard")], layout.Pages[0].Headings);
        Assert.Equal([new PageHeading(1, "Risks"), new PageHeading(2, "Rated red")], layout.Pages[1].Headings);
        Assert.Equal(1, layout.PageOfSection("Scorecard"));
        Assert.Equal(2, layout.PageOfSection("Risks"));
    }

    [Fact]
    public void PageOfSection_TitleNoSectionHeadingCarries_FailsInsteadOfPrintingPageZero()
    {
        var layout = Paginate(100, TextBlock.Heading(1, "Scorecard", FixedWidthMeasure.Context.Theme), Lines(1));

        var failure = Assert.Throws<InvalidOperationException>(() => layout.PageOfSection("Glossary"));
        Assert.Contains("\"Glossary\"", failure.Message);
    }

    [Fact]
    public void Paginate_KeptTogetherAndNotAllFitting_MoveToTheNextPageTogether()
    {
        // 100 pt: 3 lines (38.4) and the gap (7) leave 54.6; the first 2-line paragraph (25.6) would fit,
        // but not with the gap and the second (7 + 25.6 = 58.2 in all).
        var layout = Paginate(100, Lines(3), new KeepTogether([Lines(2), Lines(2)]));

        Assert.Equal(["Paragraph lines 1-3 of 3"], layout.Pages[0].Fragments.Select(f => f.Fragment.Describe()[..24]));
        Assert.Equal(["Paragraph lines 1-2 of 2", "Paragraph lines 1-2 of 2"], layout.Pages[1].Fragments.Select(f => f.Fragment.Describe()[..24]));
        Assert.Equal(2, layout.Pages.Count);
    }

    [Fact]
    public void Paginate_HeadingBeforeBlocksKeptTogether_MovesWithAllOfThem()
    {
        // 100 pt: after 3 lines and the gap, 54.6 pt: the heading (6 + 16 + 5 = 27) and the first paragraph fit, the second does not.
        var heading = TextBlock.Heading(2, "Priority 2", FixedWidthMeasure.Context.Theme);
        var layout = Paginate(100, Lines(3), heading, new KeepTogether([Lines(2), Lines(2)]));

        Assert.Single(layout.Pages[0].Fragments);
        Assert.StartsWith("Heading2", layout.Pages[1].Fragments[0].Fragment.Describe());
        Assert.Equal(3, layout.Pages[1].Fragments.Count);
    }

    [Fact]
    public void Paginate_KeptTogetherButLongerThanAPage_StartAFreshPageAndFlowOn()
    {
        // 100 pt: two 5-line paragraphs (64 + 7 + 64) never fit one page. On page 2 the second has
        // 29 pt, room for 2 lines (25.6), which leaves 3 for page 3 (at least 2 on each page).
        var layout = Paginate(100, Lines(1), new KeepTogether([Lines(5), Lines(5)]));

        Assert.Single(layout.Pages[0].Fragments);
        Assert.Equal(["Paragraph lines 1-5 of 5", "Paragraph lines 1-2 of 5"], layout.Pages[1].Fragments.Select(f => f.Fragment.Describe()[..24]));
        Assert.StartsWith("Paragraph lines 3-5 of 5", layout.Pages[2].Fragments[0].Fragment.Describe());
    }

    [Fact]
    public void Paginate_ParagraphWithRoomForOneLine_StartsOnTheNextPage()
    {
        // 6 lines (76.8) + gap 7 = 83.8: 16.2 pt left is one line, and a paragraph never leaves a single orphan line.
        var layout = Paginate(100, Lines(6), Lines(6));

        Assert.Single(layout.Pages[0].Fragments);
        Assert.StartsWith("Paragraph lines 1-6 of 6", layout.Pages[1].Fragments[0].Fragment.Describe());
    }

    [Fact]
    public void Paginate_ParagraphSplit_LeavesAtLeastTwoLinesOnTheNextPage()
    {
        // 52 pt holds 4 lines (51.2); 5 lines would leave a widow, so 3 stay and 2 move.
        var layout = Paginate(52, Lines(5));

        Assert.StartsWith("Paragraph lines 1-3 of 5", layout.Pages[0].Fragments[0].Fragment.Describe());
        Assert.Equal(3 * BodyLine, layout.Pages[0].Fragments[0].Box.Height, 3);
        Assert.StartsWith("Paragraph lines 4-5 of 5", layout.Pages[1].Fragments[0].Fragment.Describe());
    }

    [Fact]
    public void Paginate_RowTallerThanAPage_IsPlacedAloneClippedAndReported()
    {
        var huge = string.Join(' ', Enumerable.Repeat("aaaaaaaaaaaaaaaaa", 20));
        var layout = Paginate(100, Table(2, r => r == 1 ? huge : "1.0"));

        var first = layout.Pages[0].Fragments[0];
        Assert.True(first.Clipped);
        Assert.Equal(100, first.Box.Height, 3);
        var issue = Assert.Single(layout.Issues);
        Assert.Equal(1, issue.PageNumber);
        Assert.Contains("clipped", issue.Description);
        Assert.Equal("table 'Name' rows 2-2 of 2, header repeated", layout.Pages[1].Fragments[0].Fragment.Describe());
    }

    [Fact]
    public void Paginate_BlocksThatFit_StackWithTheirGaps()
    {
        var layout = Paginate(200, Lines(2), Lines(1));

        var page = Assert.Single(layout.Pages);
        Assert.Equal(new XRect(0, 0, 200, 2 * BodyLine), page.Fragments[0].Box);
        Assert.Equal(new XRect(0, (2 * BodyLine) + 7, 200, BodyLine), page.Fragments[1].Box);
    }

    [Fact]
    public void Paginate_ConditionalPageBreak_BreaksOnlyWhenTooLittleSpaceIsLeft()
    {
        var roomy = Paginate(200, Lines(2), new PageBreak(100), Lines(1));
        var cramped = Paginate(200, Lines(10), new PageBreak(100), Lines(1));

        Assert.Single(roomy.Pages);
        Assert.Equal(2, cramped.Pages.Count);
    }

    [Fact]
    public void Paginate_PageBreakOnEmptyPage_DoesNotLeaveABlankPage()
    {
        var layout = Paginate(200, PageBreak.Instance, Lines(1), PageBreak.Instance, PageBreak.Instance, Lines(1));

        Assert.Equal(2, layout.Pages.Count);
    }

    [Fact]
    public void Paginate_SpacerAtTopOfPage_TakesNoSpace()
    {
        // 3 lines (38.4) + gap fill the 40 pt page; the spacer moves to page 2 and shrinks to nothing.
        var layout = Paginate(40, Lines(3), new Spacer(30), Lines(1));

        Assert.Equal("space 0", layout.Pages[1].Fragments[0].Fragment.Describe());
        Assert.Equal(0, layout.Pages[1].Fragments[1].Box.Y, 3);
    }

    [Fact]
    public void Paginate_SevenTiles_ThreeToARowAndRowsNeverSplit()
    {
        // Tiles are 84 pt tall with 8 pt between rows: two rows need 176 pt, so a 150 pt page holds one.
        var tiles = Enumerable.Range(1, 7).Select(n => new KpiTile($"Figure {n}", "1.0", "target 2.0", Reporting.Domain.Comparison.RagStatus.Green)).ToArray();

        var layout = Paginate(150, new KpiTilesBlock(tiles));

        Assert.Equal(["tile rows 1-1 of 3", "tile rows 2-2 of 3", "tile rows 3-3 of 3"], layout.Pages.Select(p => p.Fragments[0].Fragment.Describe()));
        Assert.Equal(84, layout.Pages[0].Fragments[0].Box.Height, 3);
    }

    [Fact]
    public void Paginate_FiveFiguresTwoToARow_RowsNeverSplit()
    {
        // A row is a one-line title (8 pt × 1.28 = 10.24), a 2 pt gap and a 100 pt drawing: 112.24 pt; rows are 12 pt apart.
        var figures = Enumerable.Range(1, 5).Select(n => new FigureSpec($"Chart {n}", new NothingDrawn(), $"Chart {n} shows nothing.")).ToArray();

        var layout = Paginate(240, new FigureGridBlock(figures, perRow: 2, drawingHeight: 100));

        Assert.Equal(["figure rows 1-2 of 3", "figure rows 3-3 of 3"], layout.Pages.Select(p => p.Fragments[0].Fragment.Describe()));
        Assert.Equal((2 * 112.24) + 12, layout.Pages[0].Fragments[0].Box.Height, 3);
    }

    private sealed class NothingDrawn : IDrawing
    {
        public void Draw(PdfSharp.Drawing.XGraphics graphics, XRect area, Theme theme, ITextMeasure measure)
        {
        }
    }

    [Fact]
    public void Paginate_ListLongerThanPage_SplitsBetweenItems()
    {
        // Items are one line (12.8) plus a 2 pt gap: 3 items (44.4) fit in 50 pt.
        var list = BulletListBlock.Of(["one", "two", "three", "four", "five"]);

        var layout = Paginate(50, list);

        Assert.Equal(["list items 1-3 of 5", "list items 4-5 of 5"], layout.Pages.Select(p => p.Fragments[0].Fragment.Describe()));
    }
}
