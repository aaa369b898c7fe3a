using Reporting.Pipeline.Composition;
using Reporting.Pipeline.Composition.Charts;
using Reporting.Rendering.Charts;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document.Sections;

/// <summary>
/// Each priority: its heading, its indicators (trend charts, or sentences for audiences without charts)
/// and the council's commentary on it. With charts, a priority is kept on one page when it fits one,
/// so the commentary is read beside the charts it explains; the section's heading stays with the first.
/// </summary>
internal sealed class ReviewPriorities(ReportModel report) : ReviewSectionBase(report)
{
    /// <summary>Trend charts' height; a priority with four rows of them (seven or more) has them shorter, so they and a short commentary fit a page.</summary>
    private const double ChartHeight = 138;
    private const double CompactChartHeight = 122;

    public override void Compose(SectionBlocks blocks)
    {
        var charts = Report.Audience.TrendCharts;
        var start = blocks.Count;
        blocks.Heading(1, HeadingOf(ReportSection.PriorityPages));
        foreach (var (priority, indicators, commentary) in Report.PrioritySections)
        {
            blocks.Heading(2, ReviewWording.PriorityTitle(priority.Number));
            if (indicators.Count > 0)
            {
                if (charts)
                {
                    blocks.Add(new FigureGridBlock([.. indicators.Select(TrendFigure)], perRow: 2, drawingHeight: indicators.Count > 6 ? CompactChartHeight : ChartHeight));
                }
                else
                {
                    blocks.Add(BulletListBlock.Of(indicators.Select(i => IndicatorWording.PriorityLine(Report, i))));
                }
            }

            if (commentary is not null)
            {
                blocks.Heading(3, ReviewWording.PriorityCommentaryHeading);
                blocks.Markdown(commentary);
            }

            if (charts)
            {
                blocks.KeepTogetherFrom(start);
            }

            start = blocks.Count;
        }
    }

    private static FigureSpec TrendFigure(IndicatorReport indicator) =>
        new(TrendDescription.Caption(indicator), new TrendChart(TrendChartModel.Of(indicator)), TrendDescription.For(indicator));
}
