using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document.Sections;

/// <summary>The indicators with no figure this quarter (suppressed ones have a figure, shown as "c"), each with its reason, under the heading its section gives them.</summary>
internal sealed class MissingIndicators(ReportModel report, string heading) : ReviewSectionBase(report)
{
    public override void Compose(SectionBlocks blocks)
    {
        var missing = Report.Missing;
        if (missing.Count > 0)
        {
            blocks.Heading(2, heading);
            blocks.Add(BulletListBlock.Of(missing.Select(IndicatorWording.MissingLine)));
        }
    }
}
