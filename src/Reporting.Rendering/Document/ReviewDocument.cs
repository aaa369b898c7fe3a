using System.Globalization;
using Reporting.Domain.Comparison;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Charts;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document;

/// <summary>
/// The review document as a sequence of blocks: one method per section, in the order the
/// audience lists them. It decides nothing about the figures (the model has done that); it only
/// words and arranges them. Every section after the cover starts on a new page.
/// </summary>
internal sealed class ReviewDocument(ReportModel report, Theme theme)
{
    private const double ShortSectionSpace = 260;
    private const double ScorecardSpace = 400;

    /// <summary>Trend charts' height; a priority with four rows of them (seven or more) has them shorter, so they and a short commentary fit a page.</summary>
    private const double ChartHeight = 138;
    private const double CompactChartHeight = 122;
    private readonly List<Block> _blocks = [];

    public IReadOnlyList<Block> Compose()
    {
        _blocks.Clear();
        foreach (var section in report.Audience.Sections)
        {
            if (_blocks.Count > 0)
            {
                // Shorter sections share a page when a good part of it is free; so do priority pages
                // without charts (sentences only), so the scorecard's last lines do not leave a page almost empty.
                if (section is ReportSection.Contents or ReportSection.TeamBreakdowns or ReportSection.Risks or ReportSection.DataQuality or ReportSection.Scorecard
                    || (section == ReportSection.PriorityPages && !report.Audience.TrendCharts))
                {
                    _blocks.Add(new PageBreak(section == ReportSection.Scorecard ? ScorecardSpace : ShortSectionSpace));
                    _blocks.Add(new Spacer(18));
                }
                else
                {
                    _blocks.Add(PageBreak.Instance);
                }
            }

            switch (section)
            {
                case ReportSection.Cover: ComposeCover(); break;
                case ReportSection.Contents: ComposeContents(); break;
                case ReportSection.Context: ComposeContext(); break;
                case ReportSection.ExecutiveSummary: ComposeExecutiveSummary(); break;
                case ReportSection.Scorecard: ComposeScorecard(); break;
                case ReportSection.PriorityPages: ComposePriorityPages(); break;
                case ReportSection.TeamBreakdowns: ComposeTeams(); break;
                case ReportSection.Risks: ComposeRisks(); break;
                case ReportSection.DataQuality: ComposeDataQuality(); break;
                case ReportSection.Glossary: ComposeGlossary(); break;
            }
        }

        return _blocks.ToArray();
    }

    private void Add(Block block) => _blocks.Add(block);

    private void Heading(int level, string text) => Add(TextBlock.Heading(level, text, theme));

    private void Paragraph(string text, TextStyle style = TextStyle.Body) => Add(TextBlock.Paragraph(text, style));

    private void ComposeCover()
    {
        Add(new Spacer(110));
        Add(new TextBlock(TextRun.Plain(report.Audience.Title, TextStyle.Title), StructureTag.Heading1, spaceAfter: 14, colour: theme.Accent));
        Add(new TextBlock(TextRun.Plain($"{report.CouncilName}: children's services", TextStyle.Subtitle), StructureTag.Paragraph, spaceAfter: 4));
        Add(new TextBlock(TextRun.Plain(report.Period.Label, TextStyle.Subtitle), StructureTag.Paragraph, spaceAfter: 36));
        Add(new TableBlock(
            [new TableColumn("About this document", 1.1), new TableColumn("Details", 3)],
            AboutRows(),
            rowHeaders: true));
        Add(new Spacer(24));
        if (report.Audience.Public)
        {
            Paragraph(ReviewWording.SmallNumbersNote, TextStyle.Small);
            ContactLine();
        }
        else
        {
            Paragraph(ReviewWording.MarkingNote(report.Audience), TextStyle.Small);
        }
    }

    /// <summary>What the document is, for whom and when: the cover's table, or the masthead of an audience without a cover.</summary>
    private IReadOnlyList<IReadOnlyList<TableCell>> AboutRows()
    {
        return ReviewWording.About(report)
            .Select(r => (IReadOnlyList<TableCell>)[r.Label, r.Label == ReviewWording.MarkingLabel ? new TableCell(r.Text, TextStyle.TableBodyBold) : r.Text])
            .ToArray();
    }

    /// <summary>The H1 each section starts with: printed, bookmarked and listed on the contents page.</summary>
    internal string SectionHeading(ReportSection section) => ReviewWording.SectionHeading(section, report.Audience);

    /// <summary>
    /// Every section after the contents with the page it starts on. The table's size is known from
    /// its entries; the page numbers are printed when it is drawn, once the whole document is laid out.
    /// </summary>
    private void ComposeContents()
    {
        Heading(1, SectionHeading(ReportSection.Contents));
        var sections = report.ContentsSections.Select(SectionHeading).ToArray();
        Add(new TableBlock(
            [new TableColumn("Section", 4), new TableColumn("Page", 1, ColumnAlign.Right)],
            sections.Select(title => (IReadOnlyList<TableCell>)[title, TableCell.PageOf(title)]).ToArray(),
            rowHeaders: true));
    }

    private void ContactLine()
    {
        if (report.Contact is { Length: > 0 } contact)
        {
            Heading(2, "Contact");
            _blocks.AddRange(CommentaryMarkdown.ToBlocks(contact, theme));
        }
    }

    /// <summary>For readers new to the council: the judgement, the plan, the partners (config/context.md) and the plan's nine priorities.</summary>
    private void ComposeContext()
    {
        Heading(1, SectionHeading(ReportSection.Context));
        if (report.Context is { Length: > 0 } context)
        {
            _blocks.AddRange(CommentaryMarkdown.ToBlocks(context, theme));
        }

        Heading(2, "The plan's nine priorities");
        // The list's own numbers are the priorities' numbers (Priority.All is in order), so none is printed twice.
        Add(BulletListBlock.Of(Priority.All.Select(p => p.Title), numbered: true));
    }

    private void ComposeExecutiveSummary()
    {
        var summary = report.Summary;
        var isFirst = report.Audience.Sections.Count > 0 && report.Audience.Sections[0] == ReportSection.ExecutiveSummary;
        if (isFirst)
        {
            // No cover: the first page carries the title and the story together.
            Add(new TextBlock(TextRun.Plain(report.Audience.Title, TextStyle.Heading1), StructureTag.Heading1, spaceAfter: 2, colour: theme.Accent));
            Add(new TextBlock(TextRun.Plain($"{report.CouncilName}: children's services, {report.Period.Label}", TextStyle.Subtitle), StructureTag.Paragraph, spaceAfter: 4));
            Paragraph(Masthead(), TextStyle.Small);
            Heading(2, "Executive summary");
        }
        else
        {
            Heading(1, SectionHeading(ReportSection.ExecutiveSummary));
        }

        Paragraph(ReviewWording.SummarySentence(report));

        var headline = ReviewWording.Headline(report);
        if (headline.Count > 0)
        {
            Heading(2, "Headline figures");
            Add(new KpiTilesBlock(headline.Select(Tile).ToArray()));
            var affected = ReviewWording.QualityAffected(report, headline);
            if (affected.Count > 0)
            {
                Paragraph(ReviewWording.QualityNote(affected), TextStyle.SmallBold);
            }
        }

        if (report.Audience.Public)
        {
            Journey();
        }
        else
        {
            OffTrack();
        }

        Movers("Biggest improvements", summary.BiggestImprovements);
        Movers("Biggest deteriorations", summary.BiggestDeteriorations);
        if (report.Audience.Commentary && report.Commentary.Summary is { Length: > 0 } text)
        {
            Heading(2, "The council's summary");
            _blocks.AddRange(CommentaryMarkdown.ToBlocks(text, theme));
        }
    }

    /// <summary>For the public: each figure now beside where it started when the plan began.</summary>
    private void Journey()
    {
        var shown = report.WithFigures;
        if (shown.Count == 0)
        {
            return;
        }

        Heading(2, $"Since the plan began ({report.Baseline.ShortLabel})");
        Add(BulletListBlock.Of(shown.Select(ReviewWording.JourneyLine)));
    }

    private string Masthead()
    {
        var dated = report.IssueDate is { } issued ? $"Issued {ReviewWording.LongDate(issued)}; figures to {ReviewWording.LongDate(report.FiguresTo)}" : $"Figures to {ReviewWording.LongDate(report.FiguresTo)}";
        var meeting = report.MeetingDate is { } m ? $" for the review meeting on {ReviewWording.LongDate(m)}" : string.Empty;
        return $"Prepared for {report.Audience.Readers}. {dated}{meeting}. Baseline {report.Baseline.ShortLabel}. {(report.Audience.Marking.Length > 0 ? report.Audience.Marking + ". " : string.Empty)}Reference {report.DocumentId}.";
    }

    /// <summary>Every red and amber measure with what the council is doing about it; one without an action is flagged.</summary>
    private void OffTrack()
    {
        var off = ReviewWording.OffTrack(report);
        if (off.Count == 0)
        {
            return;
        }

        Heading(2, "Off track, and the actions");
        Paragraph(ReviewWording.OffTrackSentence(off));
        Add(new TableBlock(
            [
                new TableColumn("Measure", 2.6),
                new TableColumn("Figure", 1.0, ColumnAlign.Right),
                new TableColumn("Target", 0.9, ColumnAlign.Right),
                new TableColumn("RAG", 0.9),
                new TableColumn("Action (owner, due, status)", 4.0),
            ],
            off.Select(i => (IReadOnlyList<TableCell>)
            [
                i.Definition.Title,
                new TableCell(i.ValueText, TextStyle.TableBodyBold),
                i.TargetText,
                new TableCell(i.Assessment.Status.Word(), TextStyle.TableBodyBold, i.Assessment.Status),
                ActionsCell(i),
            ]).ToArray(),
            rowHeaders: true));
    }

    private TableCell ActionsCell(IndicatorReport indicator)
    {
        if (indicator.Actions.Count == 0)
        {
            return new TableCell(ReviewWording.NoAction, TextStyle.TableBodyBold);
        }

        var asAt = ReviewWording.ActionsAsAt(report);
        return string.Join("\n", indicator.Actions.Select(a => ReviewWording.Action(a, asAt)));
    }

    private KpiTile Tile(IndicatorReport indicator)
    {
        var caption = indicator.Target is null ? "no target" : $"target {indicator.TargetText}";
        string[] details = indicator.CountText is { } counts
            ? [counts, $"baseline {indicator.BaselineText}"]
            : [$"baseline {indicator.BaselineText}"];

        return new KpiTile(indicator.Definition.Title, indicator.ValueText, caption, indicator.Assessment.Status, details);
    }

    private void Movers(string title, IReadOnlyList<IndicatorReport> movers)
    {
        if (movers.Count == 0)
        {
            return;
        }

        Heading(2, title);
        Add(BulletListBlock.Of(movers.Select(ReviewWording.MoverLine)));
    }

    private void ComposeScorecard()
    {
        if (report.Audience.Public)
        {
            ComposePlainScorecard();
            return;
        }

        Heading(1, SectionHeading(ReportSection.Scorecard));
        Paragraph(ReviewWording.ScorecardIntro(report));
        Add(ScorecardTable());

        Missing(ReviewWording.MissingUnderScorecard);

        Heading(2, "How to read the ratings");
        Paragraph(report.RagRule + ReviewWording.ToleranceSentence(report));
        if (ReviewWording.Comparators(report) is { Length: > 0 } comparators)
        {
            Heading(2, "Comparators");
            Paragraph(comparators);
        }
    }

    /// <summary>The public scorecard: fewer columns, plain headings, the rating rule in everyday words.</summary>
    private void ComposePlainScorecard()
    {
        Heading(1, SectionHeading(ReportSection.Scorecard));
        Paragraph(ReviewWording.ScorecardIntro(report));
        Add(new TableBlock(
            Columns(ReviewWording.ScorecardColumns(report), 2.6, 1.1, 0.9, 1.0, 1.0, 1.1),
            report.Indicators.Select(i => (IReadOnlyList<TableCell>)
            [
                i.Definition.Title,
                new TableCell(i.ValueText, TextStyle.TableBodyBold, Detail: i.CountText),
                i.TargetText,
                i.BaselineText,
                i.YearAgoText,
                new TableCell(i.Assessment.Status.Word(), TextStyle.TableBodyBold, i.Assessment.Status),
            ]).ToArray(),
            rowHeaders: true));
        Missing(ReviewWording.MissingUnderScorecard);
        Heading(2, "What the ratings mean");
        Paragraph(ReviewWording.PlainRatingRule(report));
    }

    /// <summary>A table's columns as both renderers head them, with their widths in the PDF.</summary>
    private static TableColumn[] Columns(IReadOnlyList<TableHeading> headings, params double[] weights) =>
        headings.Count == weights.Length
            ? [.. headings.Zip(weights, (column, weight) => new TableColumn(column.Heading, weight, column.Numeric ? ColumnAlign.Right : ColumnAlign.Left))]
            : throw new ArgumentException($"{headings.Count} columns but {weights.Length} widths: give each column its width.", nameof(weights));

    /// <summary>One table for every indicator, a group row per priority.</summary>
    private TableBlock ScorecardTable() => new(
        Columns(ReviewWording.ScorecardColumns(report), 2.25, 1.15, 0.95, 1.0, 1.0, 1.2, 1.0, 1.05, 1.2),
        report.ByPriority.SelectMany(group => group.Select(i => (IReadOnlyList<TableCell>)
        [
            i.Definition.Title,
            new TableCell(i.ValueText, TextStyle.TableBodyBold, Detail: i.CountText),
            new TableCell(i.TargetText, Detail: i.TolerancePercentText is { } tolerance ? "±" + tolerance : null),
            i.BaselineText,
            i.YearAgoText,
            new TableCell(i.PreviousText, Detail: ReviewWording.Direction(i.Assessment)),
            new TableCell(i.Assessment.Status.Word(), TextStyle.TableBodyBold, i.Assessment.Status),
            i.EnglandText,
            i.StatisticalNeighboursText,
        ]).Prepend([new TableCell(ReviewWording.PriorityTitle(group.Key), TextStyle.TableBodyBold)])).ToArray(),
        rowHeaders: true);

    /// <summary>
    /// Each priority: its heading, its indicators (charts, or sentences for audiences without charts)
    /// and the council's commentary on it. With charts, a priority is kept on one page when it fits one,
    /// so the commentary is read beside the charts it explains; the section's heading stays with the first.
    /// </summary>
    private void ComposePriorityPages()
    {
        var start = _blocks.Count;
        Heading(1, SectionHeading(ReportSection.PriorityPages));
        foreach (var (priority, indicators, commentary) in ReviewWording.PrioritySections(report))
        {
            Heading(2, ReviewWording.PriorityTitle(priority.Number));
            if (indicators.Count > 0)
            {
                if (report.Audience.TrendCharts)
                {
                    Add(new FigureGridBlock(indicators.Select(TrendFigure).ToArray(), perRow: 2, drawingHeight: indicators.Count > 6 ? CompactChartHeight : ChartHeight));
                }
                else
                {
                    Add(BulletListBlock.Of(indicators.Select(i => ReviewWording.PriorityLine(report, i))));
                }
            }

            if (commentary is not null)
            {
                Heading(3, ReviewWording.PriorityCommentaryHeading);
                _blocks.AddRange(CommentaryMarkdown.ToBlocks(commentary, theme));
            }

            if (report.Audience.TrendCharts)
            {
                KeepTogetherFrom(start);
            }

            start = _blocks.Count;
        }
    }

    /// <summary>Replaces the blocks added since <paramref name="start"/> by one group the paginator keeps on a page.</summary>
    private void KeepTogetherFrom(int start)
    {
        var kept = _blocks.GetRange(start, _blocks.Count - start);
        _blocks.RemoveRange(start, kept.Count);
        Add(new KeepTogether(kept));
    }

    private static FigureSpec TrendFigure(IndicatorReport indicator) =>
        new(TrendDescription.Caption(indicator), new TrendChart(indicator), TrendDescription.For(indicator));

    private void ComposeTeams()
    {
        Heading(1, SectionHeading(ReportSection.TeamBreakdowns));
        if (report.Teams.Count == 0)
        {
            Paragraph(ReviewWording.NoTeams);
            return;
        }

        Paragraph(ReviewWording.TeamsIntro);
        var chartHeight = Math.Min(560, 34 + (report.Teams.Count * 17));
        Add(new FigureGridBlock(
            [.. TeamChart.Of(report).Select(chart => new FigureSpec(chart.Title, new TeamBarChart(chart), chart.Description))],
            perRow: 2,
            drawingHeight: chartHeight));
        var table = TeamTable.Of(report);
        Add(new TableBlock(
            Columns(table.Columns, 2.4, 1.1, 1.4, 1.4, 2.0),
            table.Rows.Select(row => (IReadOnlyList<TableCell>)
            [
                row.Team,
                row.CaseHoldingFte,
                row.Caseload,
                row.AgencyShare,
                row.Over ? new TableCell(row.Flag, TextStyle.TableBodyBold) : row.Flag,
            ]).ToArray(),
            rowHeaders: true));
    }

    private void ComposeRisks()
    {
        Heading(1, SectionHeading(ReportSection.Risks));
        var red = report.RatedRed;
        if (red.Count > 0)
        {
            Heading(2, "Indicators rated red");
            Add(BulletListBlock.Of(red.Select(i => ReviewWording.StatementWithActions(report, i))));
        }

        if (report.Audience.Commentary && report.Commentary.Risks is { Length: > 0 } risks)
        {
            Heading(2, "Risks the council has identified");
            _blocks.AddRange(CommentaryMarkdown.ToBlocks(risks, theme));
        }
        else if (red.Count == 0)
        {
            Paragraph(ReviewWording.NoRisks);
        }
    }

    private void ComposeDataQuality()
    {
        Heading(1, SectionHeading(ReportSection.DataQuality));
        var errors = report.FindingErrors;
        var warnings = report.Findings.Count - errors;
        if (report.Findings.Count == 0)
        {
            Paragraph(ReviewWording.NoFindings);
        }
        else
        {
            Paragraph(ReviewWording.FindingsSentence(errors, warnings));
            Add(new TableBlock(
                [
                    new TableColumn("Severity", 0.9),
                    new TableColumn("File", 1.4),
                    new TableColumn("Where", 1.3),
                    new TableColumn("Value", 1.1),
                    new TableColumn("What to check", 3.6),
                ],
                report.FindingsInOrder
                    .Select(f => (IReadOnlyList<TableCell>)
                    [
                        new TableCell(f.Severity == Severity.Error ? "Error" : "Warning", TextStyle.TableBodyBold),
                        f.File,
                        f.Location,
                        string.IsNullOrEmpty(f.Value) ? "none" : f.Value,
                        f.Rule,
                    ]).ToArray(),
                rowHeaders: true));
        }

        Missing(ReviewWording.MissingUnderDataQuality);
    }

    /// <summary>The indicators with no figure this quarter (suppressed ones have a figure, shown as "c"), each with its reason.</summary>
    private void Missing(string heading)
    {
        var missing = ReviewWording.Missing(report);
        if (missing.Count > 0)
        {
            Heading(2, heading);
            Add(BulletListBlock.Of(missing));
        }
    }

    private void ComposeGlossary()
    {
        if (report.Audience.Public)
        {
            Heading(1, SectionHeading(ReportSection.Glossary));
            foreach (var (term, meaning) in ReviewWording.PlainTerms)
            {
                Add(new TextBlock([new TextRun(term + ": ", TextStyle.BodyBold), new TextRun(meaning, TextStyle.Body)], StructureTag.Paragraph));
            }

            return;
        }

        Heading(1, SectionHeading(ReportSection.Glossary));
        Paragraph(ReviewWording.GlossaryIntro);
        foreach (var indicator in report.Indicators.OrderBy(i => i.Definition.Priority))
        {
            var d = indicator.Definition;

            // Tagged H2 (the level below the section's H1) but set in the smaller heading style.
            Add(new TextBlock(TextRun.Plain(d.Title, TextStyle.Heading3), StructureTag.Heading2, spaceBefore: 3, spaceAfter: 3));
            Add(new TextBlock(TextRun.Plain(d.Definition), StructureTag.Paragraph, spaceAfter: 2, keepWithNext: true));
            Add(new TextBlock(TextRun.Plain(ReviewWording.GlossaryDetail(d), TextStyle.Small), StructureTag.Paragraph, colour: theme.Muted));
        }
    }
}
