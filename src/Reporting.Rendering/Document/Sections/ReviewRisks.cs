using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document.Sections;

/// <summary>The indicators rated red with their actions, and the risks the council's commentary names; or that there are none.</summary>
internal sealed class ReviewRisks(ReportModel report) : ReviewSectionBase(report)
{
    public override void Compose(SectionBlocks blocks)
    {
        blocks.Heading(1, HeadingOf(ReportSection.Risks));
        var red = Report.RatedRed;
        if (red.Count > 0)
        {
            blocks.Heading(2, "Indicators rated red");
            blocks.Add(BulletListBlock.Of(red.Select(i => IndicatorWording.StatementWithActions(Report, i))));
        }

        if (Report.Audience.Commentary && Report.Commentary.Risks is { Length: > 0 } risks)
        {
            blocks.Heading(2, "Risks the council has identified");
            blocks.Markdown(risks);
        }
        else if (red.Count == 0)
        {
            blocks.Paragraph(ReviewWording.NoRisks);
        }
    }
}
