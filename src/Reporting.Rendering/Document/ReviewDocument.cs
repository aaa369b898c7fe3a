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
    private const int HeadlineTiles = 6;
    private const double ShortSectionSpace = 260;
    private const double ScorecardSpace = 400;
    private readonly List<Block> _blocks = [];

    public IReadOnlyList<Block> Compose()
    {
        _blocks.Clear();
        foreach (var section in report.Audience.Sections)
        {
            if (_blocks.Count > 0)
            {
                if (section is ReportSection.TeamBreakdowns or ReportSection.Risks or ReportSection.DataQuality or ReportSection.Scorecard)
                {
                    // Shorter sections share a page when a good part of it is free.
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
            [
                ["Prepared for", report.Audience.Readers],
                ["Council", $"{report.CouncilName} (local authority code {report.Council.Value})"],
                ["Period", report.Period.Label],
                ["Issued", report.IssueDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)],
                ["Protective marking", new TableCell(report.Audience.Marking, TextStyle.TableBodyBold)],
                ["Indicators", report.Indicators.Count.ToString(CultureInfo.InvariantCulture)],
                ["Document reference", report.DocumentId],
            ],
            rowHeaders: true));
        Add(new Spacer(24));
        if (report.Audience.Public)
        {
            Paragraph("Disclosure control: counts from 1 to 5, and percentages calculated from them, are shown as \"c\" to protect the children and families behind the figures.", TextStyle.Small);
        }
        else
        {
            Paragraph($"This document is marked {report.Audience.Marking}. It contains management information about children's services; share it only with the people it was prepared for.", TextStyle.Small);
        }
    }

    private void ComposeExecutiveSummary()
    {
        var summary = report.Summary;
        Heading(1, "Executive summary");
        Paragraph(
            $"In {report.Period.Label}, {summary.OnTarget} of the {summary.WithTarget} indicators with a target were on target (green). " +
            $"Compared with the previous quarter, {summary.Improved} improved and {summary.Worsened} worsened. " +
            (summary.NotAvailable == 0 ? "Every indicator has a figure this quarter." : $"{summary.NotAvailable} {Plural(summary.NotAvailable, "indicator has", "indicators have")} no figure this quarter."));

        var headline = report.Indicators.Where(i => i.Current.IsAvailable || i.Suppressed).Take(HeadlineTiles).ToArray();
        if (headline.Length > 0)
        {
            Heading(2, "Headline figures");
            Add(new KpiTilesBlock(headline.Select(Tile).ToArray()));
        }

        Movers("Biggest improvements", summary.BiggestImprovements);
        Movers("Biggest deteriorations", summary.BiggestDeteriorations);
        if (report.Audience.Commentary && report.Commentary.Summary is { Length: > 0 } text)
        {
            Heading(2, "The council's summary");
            _blocks.AddRange(CommentaryMarkdown.ToBlocks(text, theme));
        }
    }

    private KpiTile Tile(IndicatorReport indicator)
    {
        var caption = indicator.Target is null ? "no target" : $"target {indicator.TargetText}";
        if (indicator.Previous is not null)
        {
            caption += $", was {indicator.PreviousText}";
        }

        return new KpiTile(indicator.Definition.Title, indicator.ValueText, caption, indicator.Assessment.Status);
    }

    private void Movers(string title, IReadOnlyList<IndicatorReport> movers)
    {
        if (movers.Count == 0)
        {
            return;
        }

        Heading(2, title);
        Add(BulletListBlock.Of(movers.Select(m => $"{m.Definition.Title}: {m.PreviousText} last quarter, {m.ValueText} now ({Theme.RagWord(m.Assessment.Status)}{(m.Target is null ? string.Empty : $" against a target of {m.TargetText}")}).")));
    }

    private void ComposeScorecard()
    {
        Heading(1, "Scorecard");
        Paragraph($"Each indicator's figure for {report.Period.ShortLabel} against its target, the previous quarter and the England average. Direction says which way the figure moved and whether that is better or worse for children.");
        Add(ScorecardTable());

        Missing("Not available this quarter");

        Heading(2, "How to read the ratings");
        Paragraph(report.RagRule);
    }

    /// <summary>One table for every indicator, a group row per priority.</summary>
    private TableBlock ScorecardTable() => new(
        [
            new TableColumn("Indicator", 3.3),
            new TableColumn("Value", 0.95, ColumnAlign.Right),
            new TableColumn("Target", 0.95, ColumnAlign.Right),
            new TableColumn("Previous", 0.95, ColumnAlign.Right),
            new TableColumn("Direction", 1.25),
            new TableColumn("RAG", 1.05),
            new TableColumn("England", 0.95, ColumnAlign.Right),
        ],
        ByPriority().SelectMany(group => group.Select(i => (IReadOnlyList<TableCell>)
        [
            i.Definition.Title,
            new TableCell(i.ValueText, TextStyle.TableBodyBold),
            i.TargetText,
            i.PreviousText,
            Direction(i.Assessment),
            new TableCell(Theme.RagWord(i.Assessment.Status), TextStyle.TableBodyBold, i.Assessment.Status),
            i.EnglandText,
        ]).Prepend([new TableCell(PriorityTitle(group.Key), TextStyle.TableBodyBold)])).ToArray());

    /// <summary>The direction of travel in words: which way, and whether that is good news.</summary>
    internal static string Direction(Assessment assessment) => (assessment.Movement, assessment.Judgement) switch
    {
        (Movement.NotComparable, _) => "No comparison",
        (Movement.Same, _) => "No change",
        (Movement.Up, Judgement.Improved) => "Up, better",
        (Movement.Down, Judgement.Improved) => "Down, better",
        (Movement.Up, Judgement.Worsened) => "Up, worse",
        (Movement.Down, Judgement.Worsened) => "Down, worse",
        (Movement.Up, _) => "Up",
        _ => "Down",
    };

    private void ComposePriorityPages()
    {
        Heading(1, "Progress by priority");
        var groups = ByPriority().ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var priority in Priority.All)
        {
            var hasIndicators = groups.TryGetValue(priority.Number, out var indicators);
            var commentary = report.Audience.Commentary && report.Commentary.ByPriority.TryGetValue(priority.Number, out var text) ? text : null;
            if (!hasIndicators && string.IsNullOrWhiteSpace(commentary))
            {
                continue;
            }

            Heading(2, PriorityTitle(priority.Number));
            if (hasIndicators)
            {
                if (report.Audience.TrendCharts)
                {
                    Add(new FigureGridBlock(indicators!.Select(TrendFigure).ToArray(), perRow: 2, drawingHeight: 138));
                }
                else
                {
                    Add(BulletListBlock.Of(indicators!.Select(Statement)));
                }
            }

            if (!string.IsNullOrWhiteSpace(commentary))
            {
                Heading(3, "The council's commentary");
                _blocks.AddRange(CommentaryMarkdown.ToBlocks(commentary, theme));
            }
        }
    }

    private static FigureSpec TrendFigure(IndicatorReport indicator) =>
        new($"{indicator.Definition.Title}: {indicator.ValueText} ({Theme.RagWord(indicator.Assessment.Status)})", new TrendChart(indicator), TrendDescription.For(indicator));

    /// <summary>One indicator in a sentence, for audiences without charts.</summary>
    internal static string Statement(IndicatorReport i)
    {
        if (!i.Current.IsAvailable && !i.Suppressed)
        {
            return $"{i.Definition.Title}: not available ({i.Current.NotAvailableReason}).";
        }

        var target = i.Target is null ? "no target"
            : string.IsNullOrWhiteSpace(i.Target.TrajectoryNote) ? $"target {i.TargetText}"
            : $"target {i.TargetText} ({i.Target.TrajectoryNote.Trim()})";
        var previous = i.Previous is null ? string.Empty : $"; previous quarter {i.PreviousText} ({Direction(i.Assessment).ToLowerInvariant()})";
        return $"{i.Definition.Title}: {i.ValueText} against {target}, {Theme.RagWord(i.Assessment.Status)}{previous}.";
    }

    private void ComposeTeams()
    {
        Heading(1, "Team breakdown");
        if (report.Teams.Count == 0)
        {
            Paragraph("No record-level workforce file was supplied for this quarter, so caseload and agency share cannot be shown by team.");
            return;
        }

        Paragraph("Average caseload and the share of social work capacity filled by agency workers, by team, at the end of the quarter. The dashed line marks the council-wide figure.");
        var caseload = IndicatorCatalogue.Get(IndicatorCatalogue.CaseloadAverage);
        var agency = IndicatorCatalogue.Get(IndicatorCatalogue.AgencyRate);
        var chartHeight = Math.Min(560, 34 + (report.Teams.Count * 17));
        Add(new FigureGridBlock(
            [
                TeamFigure("Average caseload by team", t => t.CaseloadAverage, caseload),
                TeamFigure("Agency share of social workers by team", t => t.AgencyPercent, agency),
            ],
            perRow: 2,
            drawingHeight: chartHeight));
        Add(new TableBlock(
            [
                new TableColumn("Team", 3),
                new TableColumn("Case-holding FTE", 1.3, ColumnAlign.Right),
                new TableColumn("Average caseload", 1.3, ColumnAlign.Right),
                new TableColumn("Agency share", 1.3, ColumnAlign.Right),
            ],
            report.Teams.Select(t => (IReadOnlyList<TableCell>)
            [
                t.Team,
                t.CaseHoldingFte.ToString("N1", CultureInfo.InvariantCulture),
                Format(t.CaseloadAverage, caseload),
                Format(t.AgencyPercent, agency),
            ]).ToArray()));
    }

    /// <summary>A team chart of one indicator, with the council-wide figure from the report when it has one.</summary>
    private FigureSpec TeamFigure(string title, Func<TeamFigures, decimal?> value, IndicatorDefinition indicator)
    {
        var bars = report.Teams.Select(t => new TeamBar(t.Team, value(t))).ToArray();
        var reference = report.Indicators.FirstOrDefault(i => i.Definition.Id == indicator.Id)?.Current.Value;
        var chart = new TeamBarChart(bars, indicator, reference);
        return new FigureSpec(title, chart, chart.Describe(title));
    }

    private static string Format(decimal? value, IndicatorDefinition indicator) =>
        value is { } v ? indicator.Format(v) : "n/a";

    private void ComposeRisks()
    {
        Heading(1, "Risks");
        var red = report.Indicators.Where(i => i.Assessment.Status == RagStatus.Red).ToArray();
        if (red.Length > 0)
        {
            Heading(2, "Indicators rated red");
            Add(BulletListBlock.Of(red.Select(Statement)));
        }

        if (report.Audience.Commentary && report.Commentary.Risks is { Length: > 0 } risks)
        {
            Heading(2, "Risks the council has identified");
            _blocks.AddRange(CommentaryMarkdown.ToBlocks(risks, theme));
        }
        else if (red.Length == 0)
        {
            Paragraph("No indicator is rated red this quarter and the council's commentary records no risks.");
        }
    }

    private void ComposeDataQuality()
    {
        Heading(1, "Data quality");
        var errors = report.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = report.Findings.Count - errors;
        if (report.Findings.Count == 0)
        {
            Paragraph("Every file supplied for this quarter passed its checks: there are no validation findings.");
        }
        else
        {
            Paragraph(
                $"The files supplied for this quarter raised {errors} {Plural(errors, "error", "errors")} and {warnings} {Plural(warnings, "warning", "warnings")}. " +
                "An error means a file or row could not be used, so the indicators that need it are shown as not available; a warning means the figure was used but should be checked.");
            Add(new TableBlock(
                [
                    new TableColumn("Severity", 0.9),
                    new TableColumn("File", 1.4),
                    new TableColumn("Where", 1.3),
                    new TableColumn("Value", 1.1),
                    new TableColumn("What to check", 3.6),
                ],
                report.Findings
                    .OrderByDescending(f => f.Severity)
                    .ThenBy(f => f.File, StringComparer.Ordinal)
                    .ThenBy(f => f.Row ?? 0)
                    .Select(f => (IReadOnlyList<TableCell>)
                    [
                        new TableCell(f.Severity == Severity.Error ? "Error" : "Warning", TextStyle.TableBodyBold),
                        f.File,
                        f.Location,
                        string.IsNullOrEmpty(f.Value) ? "–" : f.Value,
                        f.Rule,
                    ]).ToArray()));
        }

        Missing("Indicators without a figure");
    }

    /// <summary>The indicators with no figure this quarter (suppressed ones have a figure, shown as "c"), each with its reason.</summary>
    private void Missing(string heading)
    {
        var missing = report.Indicators.Where(i => !i.Current.IsAvailable && !i.Suppressed).ToArray();
        if (missing.Length > 0)
        {
            Heading(2, heading);
            Add(BulletListBlock.Of(missing.Select(i => $"{i.Definition.Title}: {i.Current.NotAvailableReason}")));
        }
    }

    private void ComposeGlossary()
    {
        Heading(1, "Glossary of indicators");
        Paragraph("How each indicator is defined and measured. Figures follow the Department for Education's published definitions where one exists.");
        foreach (var indicator in report.Indicators.OrderBy(i => i.Definition.Priority))
        {
            var d = indicator.Definition;

            // Tagged H2 (the level below the section's H1) but set in the smaller heading style.
            Add(new TextBlock(TextRun.Plain(d.Title, TextStyle.Heading3), StructureTag.Heading2, spaceBefore: 3, spaceAfter: 3));
            Add(new TextBlock(TextRun.Plain(d.Definition), StructureTag.Paragraph, spaceAfter: 2, keepWithNext: true));
            Add(new TextBlock(TextRun.Plain($"Priority {d.Priority}; measured {d.WindowText}; {PolarityWords.Sentence(d.Polarity)}; shown as {UnitText(d)}.", TextStyle.Small), StructureTag.Paragraph, colour: theme.Muted));
        }

        Heading(2, "How to read the ratings");
        Paragraph(report.RagRule);
    }

    private static string UnitText(IndicatorDefinition d)
    {
        var places = d.Decimals == 0 ? "a whole number" : $"{d.Decimals} decimal {Plural(d.Decimals, "place", "places")}";
        return d.Unit switch
        {
            IndicatorUnit.Percent => d.Decimals == 0 ? "a whole percentage" : $"a percentage to {places}",
            IndicatorUnit.Count => "a count",
            IndicatorUnit.Days => "a number of days",
            _ => d.Decimals == 0 ? "a whole number" : $"a number to {places}",
        };
    }

    private IEnumerable<IGrouping<int, IndicatorReport>> ByPriority() =>
        report.Indicators.GroupBy(i => i.Definition.Priority).OrderBy(g => g.Key);

    private static string PriorityTitle(int number) => $"Priority {number}: {Priority.Get(number).Title}";

    private static string Plural(int count, string one, string many) => count == 1 ? one : many;
}
