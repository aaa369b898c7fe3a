using Reporting.Pipeline.Composition;

namespace Reporting.Rendering.Document.Sections;

/// <summary>
/// One section of the PDF review, composing its blocks from the model (after QuestPDF's
/// <c>IComponent.Compose</c>). Each is named as the web page's component for the same section
/// (<c>Reporting.Web/Reviews/ReviewCover.razor</c> and <c>ReviewCover</c> here), so a section is found in
/// the same place for both documents. It decides nothing about the figures; it words and arranges them.
/// </summary>
internal abstract class ReviewSectionBase(ReportModel report)
{
    protected ReportModel Report { get; } = report;

    public abstract void Compose(SectionBlocks blocks);

    /// <summary>The H1 a section starts with: printed, bookmarked and listed on the contents page (the web page's H2).</summary>
    protected string HeadingOf(ReportSection section) => ReviewWording.SectionHeading(section, Report.Audience);
}
