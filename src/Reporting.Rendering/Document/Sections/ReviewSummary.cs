using Reporting.Domain.Comparison;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document.Sections;

/// <summary>
/// The first page of the story: the counts of green, amber and red, the headline figures, what is off
/// track and its actions (or, for the public, each figure since the plan began), the biggest moves and
/// the council's summary. Without a cover, it opens with the document's title and masthead.
/// </summary>
internal sealed class ReviewSummary(ReportModel report) : ReviewSectionBase(report)
{
    public override void Compose(SectionBlocks blocks)
    {
        var summary = Report.Summary;
        var isFirst = Report.Audience.Sections.Count > 0 && Report.Audience.Sections[0] == ReportSection.ExecutiveSummary;
        if (isFirst)
        {
            // No cover: the first page carries the title and the story together.
            blocks.Add(new TextBlock(TextRun.Plain(Report.Audience.Title, TextStyle.Heading1), StructureTag.Heading1, spaceAfter: 2, colour: blocks.Theme.Accent));
            blocks.Add(new TextBlock(TextRun.Plain($"{Report.CouncilName}: children's services,\n{Report.Period.Label}", TextStyle.Subtitle), StructureTag.Paragraph, spaceAfter: 4));
            blocks.Paragraph(ReviewWording.Masthead(Report), TextStyle.Small);
            if (Report.Audience.Public)
            {
                blocks.Paragraph(ReviewWording.SmallNumbersNote, TextStyle.Small);
            }
            else if (Report.Contact is { Length: > 0 } contact)
            {
                // No cover: the contact is on the first page (and closes the document).
                blocks.Markdown(ReviewWording.ContactHeading + ": " + contact.Trim());
            }

            blocks.Heading(2, HeadingOf(ReportSection.ExecutiveSummary));
        }
        else
        {
            blocks.Heading(1, HeadingOf(ReportSection.ExecutiveSummary));
        }

        if (Report.Audience.Public)
        {
            blocks.Add(BulletListBlock.Of(PlainWording.KeyMessages(Report)));
        }
        else
        {
            blocks.Paragraph(ReviewWording.SummarySentence(Report));
        }

        var headline = Report.Headline;
        if (headline.Count > 0)
        {
            blocks.Heading(2, "Headline figures");
            blocks.Add(new KpiTilesBlock([.. headline.Select<IndicatorReport, KpiTile>(Report.Audience.Public ? PlainTile : Tile)]));
            var affected = Report.HeadlineQualityAffected;
            if (affected.Count > 0)
            {
                blocks.Paragraph(ReviewWording.QualityNote(Report, affected), TextStyle.SmallBold);
            }
        }

        if (Report.Audience.Public)
        {
            PlainOffTrack(blocks);
            Journey(blocks);
            return;
        }

        OffTrack(blocks);
        Movers(blocks, "Biggest improvements", summary.BiggestImprovements);
        Movers(blocks, "Biggest deteriorations", summary.BiggestDeteriorations);
        if (Report.Audience.Commentary && Report.Commentary.Summary is { Length: > 0 } text)
        {
            blocks.Heading(2, "The council's summary");
            blocks.Markdown(text);
        }
    }

    /// <summary>For the public: each figure now beside where it started when the plan began.</summary>
    private void Journey(SectionBlocks blocks)
    {
        var shown = Report.WithFigures;
        if (shown.Count == 0)
        {
            return;
        }

        blocks.Heading(2, $"Since the plan began ({Report.Baseline.ShortLabel})");
        blocks.Add(BulletListBlock.Of(shown.Select(IndicatorWording.JourneyLine)));
    }

    /// <summary>For the public: each measure short of its aim, beside England, with what the council is doing about it in plain words.</summary>
    private void PlainOffTrack(SectionBlocks blocks)
    {
        var off = Report.OffTrack;
        if (off.Count == 0)
        {
            return;
        }

        blocks.Heading(2, PlainWording.OffTrackHeading);
        blocks.Add(new TableBlock(
            [
                new TableColumn("What is measured", 2.4),
                new TableColumn("Now", 0.9, ColumnAlign.Right),
                new TableColumn("Aim", 0.9, ColumnAlign.Right),
                new TableColumn(PlainWording.EnglandLabel, 1.3),
                new TableColumn("What the council is doing", 3.6),
            ],
            [.. off.Select(i => (IReadOnlyList<TableCell>)
            [
                i.Definition.Title,
                new TableCell(i.ValueText, TextStyle.TableBodyBold, Detail: i.CountDetail),
                PlainWording.AimFigure(i),
                PlainWording.England(i),
                PlainWording.Doing(i),
            ])],
            rowHeaders: true));
    }

    /// <summary>Every red and amber measure with what the council is doing about it; one without an action is flagged.</summary>
    private void OffTrack(SectionBlocks blocks)
    {
        var off = Report.OffTrack;
        if (off.Count == 0)
        {
            return;
        }

        blocks.Heading(2, "Off track, and the actions");
        blocks.Paragraph(ReviewWording.OffTrackSentence(off));
        blocks.Add(new TableBlock(
            [
                new TableColumn("Measure", 2.6),
                new TableColumn("Figure", 1.0, ColumnAlign.Right),
                new TableColumn("Target", 0.9, ColumnAlign.Right),
                new TableColumn("RAG", 0.9),
                new TableColumn("Action (owner, due, status)", 4.0),
            ],
            [.. off.Select(i => (IReadOnlyList<TableCell>)
            [
                i.Definition.Title,
                new TableCell(i.ValueText, TextStyle.TableBodyBold, Detail: i.CountDetail),
                i.TargetText,
                new TableCell(i.Assessment.Status.Word(), TextStyle.TableBodyBold, i.Assessment.Status),
                ActionsCell(i),
            ])],
            rowHeaders: true));
    }

    private TableCell ActionsCell(IndicatorReport indicator)
    {
        if (indicator.Actions.Count == 0)
        {
            return new TableCell(ReviewWording.NoAction, TextStyle.TableBodyBold);
        }

        var asAt = Report.ActionsAsAt;
        return string.Join("\n", indicator.Actions.Select(a => IndicatorWording.Action(a, asAt)));
    }

    private static KpiTile Tile(IndicatorReport indicator)
    {
        var caption = indicator.Target is null ? "no target" : $"target {indicator.TargetText}";
        string[] details = indicator.CountText is { } counts
            ? [counts, $"baseline {indicator.BaselineText}"]
            : [$"baseline {indicator.BaselineText}"];

        return new KpiTile(indicator.Definition.Title, indicator.ValueText, caption, indicator.Assessment.Status, details);
    }

    /// <summary>A public headline tile in the summary's words: the aim and where the figure stood at the plan's start (England and the counts are beside it in the tables, which have room for them).</summary>
    private static KpiTile PlainTile(IndicatorReport indicator) =>
        new(indicator.Definition.Title, indicator.ValueText, PlainWording.Aim(indicator), indicator.Assessment.Status, [$"plan start {indicator.BaselineText}"]);

    private static void Movers(SectionBlocks blocks, string title, IReadOnlyList<IndicatorReport> movers)
    {
        if (movers.Count == 0)
        {
            return;
        }

        blocks.Heading(2, title);
        blocks.Paragraph(ReviewWording.MoversRule, TextStyle.Small);
        blocks.Add(BulletListBlock.Of(movers.Select(IndicatorWording.MoverLine)));
    }
}
