using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document.Sections;

/// <summary>The cover: the title, the council and quarter, what the document is, for whom and when, and the public note on small numbers or the marking's note.</summary>
internal sealed class ReviewCover(ReportModel report) : ReviewSectionBase(report)
{
    public override void Compose(SectionBlocks blocks)
    {
        var theme = blocks.Theme;
        blocks.Add(new Spacer(110));
        blocks.Add(new TextBlock(TextRun.Plain(Report.Audience.Title, TextStyle.Title), StructureTag.Heading1, spaceAfter: 14, colour: theme.Accent));
        blocks.Add(new TextBlock(TextRun.Plain($"{Report.CouncilName}: children's services", TextStyle.Subtitle), StructureTag.Paragraph, spaceAfter: 4));
        blocks.Add(new TextBlock(TextRun.Plain(Report.Period.Label, TextStyle.Subtitle), StructureTag.Paragraph, spaceAfter: 36));
        blocks.Add(new TableBlock(
            [new TableColumn("About this document", 1.1), new TableColumn("Details", 3)],
            AboutRows(),
            rowHeaders: true));
        blocks.Add(new Spacer(24));
        blocks.Paragraph(Report.Audience.Public ? ReviewWording.SmallNumbersNote : ReviewWording.MarkingNote(Report.Audience), TextStyle.Small);
        if (Report.Contact is { Length: > 0 } contact)
        {
            blocks.Heading(2, ReviewWording.ContactHeading);
            blocks.Markdown(contact);
        }
    }

    /// <summary>What the document is, for whom and when: the cover's table, the marking in bold.</summary>
    private IReadOnlyList<IReadOnlyList<TableCell>> AboutRows() =>
        [.. ReviewWording.About(Report)
            .Select(r => (IReadOnlyList<TableCell>)[r.Label, r.Label == ReviewWording.MarkingLabel ? new TableCell(r.Text, TextStyle.TableBodyBold) : r.Text])];
}
