using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document.Sections;

/// <summary>
/// Every section after the contents with the page it starts on. The table's size is known from
/// its entries; the page numbers are printed when it is drawn, once the whole document is laid out.
/// </summary>
internal sealed class ReviewContents(ReportModel report) : ReviewSectionBase(report)
{
    public override void Compose(SectionBlocks blocks)
    {
        blocks.Heading(1, HeadingOf(ReportSection.Contents));
        var sections = Report.ContentsSections.Select(HeadingOf).ToArray();
        blocks.Add(new TableBlock(
            [new TableColumn("Section", 4), new TableColumn("Page", 1, ColumnAlign.Right)],
            [.. sections.Select(title => (IReadOnlyList<TableCell>)[title, TableCell.PageOf(title)])],
            rowHeaders: true));
    }
}
