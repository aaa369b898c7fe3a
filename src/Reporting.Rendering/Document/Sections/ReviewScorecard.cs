using Reporting.Domain.Comparison;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document.Sections;

/// <summary>
/// The scorecard: for the DfE and Essex one table of every indicator with a group row per priority,
/// then the missing indicators, the rating rule and the comparators; for the public, fewer columns,
/// plain headings and the rating rule in everyday words.
/// </summary>
internal sealed class ReviewScorecard(ReportModel report) : ReviewSectionBase(report)
{
    public override void Compose(SectionBlocks blocks)
    {
        if (Report.Audience.Public)
        {
            ComposePlain(blocks);
            return;
        }

        blocks.Heading(1, HeadingOf(ReportSection.Scorecard));
        blocks.Paragraph(ReviewWording.ScorecardIntro(Report));
        blocks.Add(Table());

        new MissingIndicators(Report, ReviewWording.MissingUnderScorecard).Compose(blocks);

        blocks.Heading(2, "How to read the ratings");
        blocks.Paragraph(Report.RagRule + ReviewWording.ToleranceSentence(Report));
        if (ReviewWording.Comparators(Report) is { Length: > 0 } comparators)
        {
            blocks.Heading(2, "Comparators");
            blocks.Paragraph(comparators);
        }
    }

    /// <summary>The public scorecard: fewer columns, plain headings, the rating rule in everyday words.</summary>
    private void ComposePlain(SectionBlocks blocks)
    {
        blocks.Heading(1, HeadingOf(ReportSection.Scorecard));
        blocks.Paragraph(ReviewWording.ScorecardIntro(Report));
        blocks.Add(new TableBlock(
            ColumnHeadings.Of(ReviewWording.ScorecardColumns(Report), 2.3, 1.1, 0.8, 0.95, 0.95, 1.25, 0.95),
            [.. Report.Indicators.Select(i => (IReadOnlyList<TableCell>)
            [
                i.Definition.Title,
                new TableCell(i.ValueText, TextStyle.TableBodyBold, Detail: i.CountDetail),
                PlainWording.AimFigure(i),
                i.BaselineText,
                i.YearAgoText,
                PlainWording.England(i),
                new TableCell(i.Assessment.Status.Word(), TextStyle.TableBodyBold, i.Assessment.Status),
            ])],
            rowHeaders: true));
        new MissingIndicators(Report, ReviewWording.MissingUnderScorecard).Compose(blocks);
        blocks.Heading(2, "What the ratings mean");
        blocks.Paragraph(ReviewWording.PlainRatingRule(Report));
    }

    /// <summary>One table for every indicator, a group row per priority.</summary>
    private TableBlock Table() => new(
        ColumnHeadings.Of(ReviewWording.ScorecardColumns(Report), 2.25, 1.15, 0.95, 1.0, 1.0, 1.2, 1.0, 1.05, 1.2),
        [.. Report.ByPriority.SelectMany(group => group.Select(i => (IReadOnlyList<TableCell>)
        [
            i.Definition.Title,
            new TableCell(i.ValueText, TextStyle.TableBodyBold, Detail: i.CountDetail),
            new TableCell(i.TargetText, Detail: i.ToleranceBandText),
            i.BaselineText,
            i.YearAgoText,
            new TableCell(i.PreviousText, Detail: ReviewWording.Direction(i.Assessment)),
            new TableCell(i.Assessment.Status.Word(), TextStyle.TableBodyBold, i.Assessment.Status),
            i.EnglandText,
            i.StatisticalNeighboursText,
        ]).Prepend([new TableCell(ReviewWording.PriorityTitle(group.Key), TextStyle.TableBodyBold)]))],
        rowHeaders: true);
}
