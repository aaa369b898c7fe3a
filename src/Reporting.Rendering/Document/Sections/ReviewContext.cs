using Reporting.Domain.Indicators;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document.Sections;

/// <summary>For readers new to the council: the judgement, the plan, the partners (config/context.md) and the plan's nine priorities.</summary>
internal sealed class ReviewContext(ReportModel report) : ReviewSectionBase(report)
{
    public override void Compose(SectionBlocks blocks)
    {
        blocks.Heading(1, HeadingOf(ReportSection.Context));
        if (Report.Context is { Length: > 0 } context)
        {
            blocks.Markdown(context);
        }

        blocks.Heading(2, "The plan's nine priorities");
        // The list's own numbers are the priorities' numbers (Priority.All is in order), so none is printed twice.
        blocks.Add(BulletListBlock.Of(Priority.All.Select(p => p.Title), numbered: true));
    }
}
