using Reporting.Pipeline.Composition;
using Reporting.Rendering.Document.Sections;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document;

/// <summary>
/// The review document as a sequence of sections, in the order the audience lists them, each composed
/// by its own class in <c>Sections/</c> (named as the web page's component for it). Every section after
/// the cover starts on a new page, or, for the shorter ones, where a good part of a page is left. The
/// council's contact closes the document.
/// </summary>
internal sealed class ReviewDocument(ReportModel report, Theme theme)
{
    private const double ShortSectionSpace = 260;
    private const double ScorecardSpace = 300;

    public IReadOnlyList<Block> Compose()
    {
        var blocks = new SectionBlocks(theme);
        foreach (var section in report.Audience.Sections)
        {
            if (blocks.Count > 0)
            {
                // Shorter sections share a page when a good part of it is free; so do the priority pages,
                // whose first priority (kept whole with its heading, charts and commentary) starts where
                // the scorecard ends when it fits there, so the scorecard's last lines do not leave a page almost empty.
                if (section is ReportSection.Contents or ReportSection.TeamBreakdowns or ReportSection.Risks or ReportSection.DataQuality or ReportSection.Glossary or ReportSection.Scorecard or ReportSection.PriorityPages)
                {
                    blocks.Add(new PageBreak(section == ReportSection.Scorecard ? ScorecardSpace : ShortSectionSpace));
                    blocks.Add(new Spacer(18));
                }
                else
                {
                    blocks.Add(PageBreak.Instance);
                }
            }

            Composer(section)?.Compose(blocks);
        }

        // Whom to ask about the document, on its last page as on its first.
        if (report.Contact is { Length: > 0 } contact)
        {
            blocks.Heading(2, ReviewWording.ContactHeading);
            blocks.Markdown(contact);
        }

        return blocks.ToArray();
    }

    private ReviewSectionBase? Composer(ReportSection section) => section switch
    {
        ReportSection.Cover => new ReviewCover(report),
        ReportSection.Contents => new ReviewContents(report),
        ReportSection.Context => new ReviewContext(report),
        ReportSection.ExecutiveSummary => new ReviewSummary(report),
        ReportSection.Scorecard => new ReviewScorecard(report),
        ReportSection.PriorityPages => new ReviewPriorities(report),
        ReportSection.TeamBreakdowns => new ReviewTeams(report),
        ReportSection.Risks => new ReviewRisks(report),
        ReportSection.DataQuality => new ReviewDataQuality(report),
        ReportSection.Glossary => new ReviewGlossary(report),
        _ => null,
    };
}
