using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document.Sections;

/// <summary>How each indicator is defined and measured; for the public, the words the summary uses in plain English.</summary>
internal sealed class ReviewGlossary(ReportModel report) : ReviewSectionBase(report)
{
    public override void Compose(SectionBlocks blocks)
    {
        blocks.Heading(1, HeadingOf(ReportSection.Glossary));
        if (Report.Audience.Public)
        {
            foreach (var (term, meaning) in GlossaryWording.PlainTerms)
            {
                blocks.Add(new TextBlock([new TextRun(term + ": ", TextStyle.BodyBold), new TextRun(meaning, TextStyle.Body)], StructureTag.Paragraph));
            }

            return;
        }

        blocks.Paragraph(GlossaryWording.Intro);
        foreach (var indicator in Report.Indicators.OrderBy(i => i.Definition.Priority))
        {
            var d = indicator.Definition;

            // Tagged H2 (the level below the section's H1) but set in the smaller heading style.
            blocks.Add(new TextBlock(TextRun.Plain(d.Title, TextStyle.Heading3), StructureTag.Heading2, spaceBefore: 3, spaceAfter: 3));
            blocks.Add(new TextBlock(TextRun.Plain(d.Definition), StructureTag.Paragraph, spaceAfter: 2, keepWithNext: true));
            blocks.Add(new TextBlock(TextRun.Plain(GlossaryWording.Detail(d), TextStyle.Small), StructureTag.Paragraph, colour: blocks.Theme.Muted));
        }
    }
}
