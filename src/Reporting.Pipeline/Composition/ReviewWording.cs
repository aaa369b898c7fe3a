using System.Globalization;
using Reporting.Domain.Comparison;
using Reporting.Domain.Indicators;

namespace Reporting.Pipeline.Composition;

/// <summary>
/// The words a review prints around the model's figures, in one place for both renderers (the PDF
/// and the HTML page): section headings, the summary's and the scorecard's sentences (one indicator or
/// action in words is <see cref="IndicatorWording"/>). Words only: which indicators a section shows is the model's choice
/// (<see cref="ReportModel.Headline"/>, <see cref="ReportModel.OffTrack"/> and the like); the team
/// breakdown's words are <see cref="TeamWording"/>, the glossary's <see cref="GlossaryWording"/>.
/// Like the model it only reads printed texts, so disclosure control carries through.
/// </summary>
public static class ReviewWording
{
    /// <summary>What a red or amber measure without an action shows instead of one.</summary>
    public const string NoAction = "No action recorded";

    /// <summary>The public document's note on disclosure control.</summary>
    public const string SmallNumbersNote = "Small numbers are hidden: counts from 1 to 5, and percentages worked out from them, are shown as \"c\" so that no child or family can be identified.";

    /// <summary>The heading of the indicators without a figure, under the scorecard and under data quality.</summary>
    public const string MissingUnderScorecard = "Not available this quarter", MissingUnderDataQuality = "Indicators without a figure";

    public const string NoRisks = "No indicator is rated red this quarter and the council's commentary records no risks.";

    public const string NoFindings = "Every file supplied for this quarter passed its checks: there are no validation findings.";

    /// <summary>The heading over the council's contact, on the first page and the last.</summary>
    public const string ContactHeading = "Contact";

    /// <summary>The label of the protective marking's row in <see cref="About"/>, printed in bold.</summary>
    public const string MarkingLabel = "Protective marking";

    /// <summary>A marked document's note on who may read it.</summary>
    public static string MarkingNote(AudienceDefinition audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return $"This document is marked {audience.Marking}. It contains management information about children's services; share it only with the people it was prepared for.";
    }

    /// <summary>What the document is, for whom and when: the cover's table.</summary>
    public static IReadOnlyList<(string Label, string Text)> About(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<(string, string)>
        {
            ("Prepared for", report.Audience.Readers),
            ("Council", report.Audience.Public ? report.CouncilName : $"{report.CouncilName} (local authority code {report.Council.Value})"),
            ("Period", $"{report.Period.Label}: figures to {LongDate(report.FiguresTo)}"),
        };
        if (report.IssueDate is { } issued)
        {
            rows.Add(("Issued", LongDate(issued)));
        }

        if (report.MeetingDate is { } meeting)
        {
            rows.Add(("Review meeting", LongDate(meeting)));
        }

        rows.Add(("Compared with", report.Audience.Public
            ? $"where each figure stood when the plan began ({report.Baseline.Label}) and a year ago ({report.YearAgo.ShortLabel})"
            : $"the plan's baseline {report.Baseline.Label} and the same quarter last year, {report.YearAgo.ShortLabel}"));
        if (report.Audience.Marking.Length > 0)
        {
            rows.Add((MarkingLabel, report.Audience.Marking));
        }

        if (!report.Audience.Public)
        {
            rows.Add(("Document reference", report.DocumentId));
        }

        return rows;
    }

    /// <summary>
    /// The scorecard's columns, headed alike in the PDF and on the web page (fewer and plainer for the
    /// public); the comparison columns name their quarter. A line break is where the PDF breaks the
    /// heading; the web page shows a space.
    /// </summary>
    public static IReadOnlyList<TableHeading> ScorecardColumns(ReportModel report) => report.Audience.Public
        ?
        [
            new("What is measured"),
            new("Now", Numeric: true),
            new("Aim", Numeric: true),
            new($"Plan start\n{report.Baseline.ShortLabel}", Numeric: true),
            new($"A year ago\n{report.YearAgo.ShortLabel}", Numeric: true),
            new(PlainWording.EnglandLabel),
            new("Rating"),
        ]
        :
        [
            new("Indicator"),
            new("Value", Numeric: true),
            new("Target", Numeric: true),
            new($"Baseline\n{report.Baseline.ShortLabel}", Numeric: true),
            new($"Year ago\n{report.YearAgo.ShortLabel}", Numeric: true),
            new("Previous,\ndirection"),
            new("RAG"),
            new("England", Numeric: true),
            new("Neighbours", Numeric: true),
        ];

    /// <summary>The sentence above the scorecard: what its columns are (fewer and plainer for the public).</summary>
    public static string ScorecardIntro(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Audience.Public
            ? $"Each figure for {report.Period.Label}, with the council's aim, where it stood when the improvement plan began ({report.Baseline.ShortLabel}), a year ago ({report.YearAgo.ShortLabel}) and the average for England, with the year it describes."
            : $"Each indicator's figure for {report.Period.ShortLabel} against its target, with the counts behind percentages, the plan's baseline ({report.Baseline.ShortLabel}), the same quarter last year ({report.YearAgo.ShortLabel}), the previous quarter with the direction of travel, and the England and statistical-neighbour (similar councils) averages with the year each describes. Direction says which way the figure moved and whether that is better or worse for children; it never changes the rating.";
    }

    /// <summary>Where the England and statistical-neighbour averages come from, and the rule that keeps later figures out; empty without benchmarks.</summary>
    public static string Comparators(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sources = report.Indicators.Select(i => i.Benchmark).OfType<Benchmark>()
            .Select(b => b.Source is { Length: > 0 } source ? source : $"published figures for {b.Year}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var latest = sources.Length == 0 ? string.Empty
            : $"England and statistical-neighbour averages are the latest the council's benchmarks hold that were published by {LongDate(report.FiguresTo)}, the end of the quarter; each is labelled with the year it describes. Sources: {string.Join("; ", sources)}. " +
              "Neighbours are the council's statistical neighbours, the ten councils most like it in DfE's children's services statistical neighbour model, as DfE's Local Authority Interactive Tool publishes their average.";
        return string.Join(" ", new[] { latest, NoComparatorSentence(report), NotHeldSentence(report) }.Where(s => s.Length > 0));
    }

    /// <summary>The comparator printed for a measure without one: "n/a" where DfE publishes none, "not held" where it does but the council's benchmarks hold none.</summary>
    public const string NotHeldText = "not held";

    private static string NoComparatorSentence(ReportModel report)
    {
        var none = report.Indicators.Where(i => i.Definition.EnglandPublication is null).Select(i => i.Definition.Title).ToArray();
        return none.Length == 0 ? string.Empty
            : $"DfE publishes no England figure comparable with {JoinAnd(none)}: local measures, or counts DfE publishes only as national totals or rates per 10,000 children. Their comparator columns show n/a.";
    }

    private static string NotHeldSentence(ReportModel report)
    {
        var gaps = report.Indicators.Where(i => i.Definition.EnglandPublication is not null && i.Benchmark?.England is null).ToArray();
        return gaps.Length == 0 ? string.Empty
            : $"DfE publishes England figures for {JoinAnd([.. gaps.Select(i => $"{i.Definition.Title} ({i.Definition.EnglandPublication})")])}, but the council's benchmarks (config/benchmarks.csv) hold none published by {LongDate(report.FiguresTo)}: they show \"{NotHeldText}\" until the council adds them.";
    }

    internal static string JoinAnd(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join("; ", items.Take(items.Count - 1)) + " and " + items[^1];

    /// <summary>The heading each section starts with (the PDF's H1, the page's H2); empty for the cover.</summary>
    public static string SectionHeading(ReportSection section, AudienceDefinition audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return section switch
        {
            ReportSection.Context => "About the improvement plan",
            ReportSection.ExecutiveSummary => audience.Public ? PlainWording.KeyMessagesHeading : "Executive summary",
            ReportSection.Scorecard => audience.Public ? "The figures" : "Scorecard",
            ReportSection.PriorityPages => "Progress by priority",
            ReportSection.TeamBreakdowns => "Team breakdown",
            ReportSection.Risks => "Risks",
            ReportSection.DataQuality => "Data quality",
            ReportSection.Glossary => audience.Public ? "Words used in this summary" : "Glossary of indicators",
            ReportSection.Contents => "Contents",
            _ => string.Empty,
        };
    }

    public static string PriorityTitle(int number) => $"Priority {number}: {Priority.Get(number).Title}";

    /// <summary>The heading over the council's commentary on a priority.</summary>
    public const string PriorityCommentaryHeading = "The council's commentary";

    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The direction of travel in words: which way, and whether that is good news.</summary>
    public static string Direction(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return (assessment.Movement, assessment.Judgement) switch
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
    }

    /// <summary>The summary's opening: how many indicators are green, amber and red, and how they moved.</summary>
    public static string SummarySentence(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = report.Summary;
        return $"In {report.Period.Label}, of the {summary.WithTarget} indicators with a target, {summary.OnTarget} {Plural(summary.OnTarget, "was", "were")} on target (green), " +
            $"{summary.Amber} missed it within tolerance (amber) and {summary.Red} missed it by more (red). " +
            $"Compared with the previous quarter, {summary.Improved} improved and {summary.Worsened} worsened. " +
            (summary.NotAvailable == 0 ? "Every indicator has a figure this quarter." : $"{summary.NotAvailable} {Plural(summary.NotAvailable, "indicator has", "indicators have")} no figure this quarter.") +
            IncompleteSentence(report);
    }

    /// <summary>For a review published incomplete (confirmed at the publication gate): what it lacks, plainly; empty otherwise.</summary>
    public static string IncompleteSentence(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Gaps.Count == 0)
        {
            return string.Empty;
        }

        var inputs = report.Gaps.Where(g => g.IsInput).Select(g => g.Shown).ToList();
        var figures = report.Gaps.Where(g => !g.IsInput).Select(g => g.Shown).ToList();
        return " This review is incomplete and was published with that confirmed:" +
            (inputs.Count > 0 ? $" {string.Join(", ", inputs)} {Plural(inputs.Count, "was", "were")} not uploaded{(figures.Count > 0 ? ";" : ".")}" : string.Empty) +
            (figures.Count > 0 ? $" {string.Join(", ", figures)} {Plural(figures.Count, "has", "have")} no figure." : string.Empty);
    }

    /// <summary>
    /// The note under the headline figures naming those that come from a file with warnings: a document
    /// with a data-quality section points to it; one without says what each warning is.
    /// </summary>
    public static string QualityNote(ReportModel report, IReadOnlyList<IndicatorReport> affected)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(affected);
        var named = "Data quality: " + string.Join("; ", affected.Select(i => $"{i.Definition.Title} comes from a file with {i.QualityWarnings} {Plural(i.QualityWarnings, "warning", "warnings")}"));
        return report.Audience.Sections.Contains(ReportSection.DataQuality)
            ? named + $". The figures were used; the section \"{SectionHeading(ReportSection.DataQuality, report.Audience)}\" lists each finding and what to check."
            : named + ". The figures were used. " + string.Join(" ", affected.SelectMany(i => i.QualityFindings).Select(f => $"{f.File}: {f.Rule}").Distinct(StringComparer.Ordinal));
    }

    /// <summary>How the biggest moves are ranked, printed under their headings.</summary>
    public const string MoversRule = "Ranked by the size of the move since last quarter: percentages by the points they moved; other figures by their move as a percentage of their target. Equal moves list red measures first, then amber.";

    /// <summary>Whether every off-track measure has an action, or how many lack one.</summary>
    public static string OffTrackSentence(IReadOnlyList<IndicatorReport> offTrack)
    {
        ArgumentNullException.ThrowIfNull(offTrack);
        var lacking = offTrack.Count(i => i.LacksAction);
        return lacking == 0
            ? $"Every one of the {offTrack.Count} measures rated red or amber has an action recorded."
            : $"{lacking} of the {offTrack.Count} measures rated red or amber {Plural(lacking, "has", "have")} no action recorded (flagged below).";
    }

    /// <summary>The indicators whose tolerance is not the default, named once under the rule.</summary>
    public static string ToleranceSentence(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var different = report.Indicators.Where(i => i.ToleranceText is not null).ToArray();
        return different.Length == 0 ? string.Empty
            : " Tolerances that differ from 10%: " + string.Join("; ", different.Select(i => $"{i.Definition.Title}, {i.ToleranceText}")) + ".";
    }

    /// <summary>The public scorecard's rating rule in everyday words.</summary>
    public static string PlainRatingRule(ReportModel report) =>
        "Green: the aim has been reached. Amber: close to the aim (within a tenth of it, unless stated). Red: further from the aim than that. Whether a figure got better or worse since last time does not change its rating." + PlainWording.CloseSentence(report);

    /// <summary>Under the title of a document without a cover: for whom, when, compared with what (and, inside government, its marking and reference).</summary>
    public static string Masthead(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var dated = report.IssueDate is { } issued ? $"Issued {LongDate(issued)}; figures to {LongDate(report.FiguresTo)}" : $"Figures to {LongDate(report.FiguresTo)}";
        var meeting = report.MeetingDate is { } m ? $" for the review meeting on {LongDate(m)}" : string.Empty;
        return report.Audience.Public
            ? $"Prepared for {report.Audience.Readers}. {dated}{meeting}. Each figure is compared with where it stood when the plan began, {report.Baseline.ShortLabel}."
            : $"Prepared for {report.Audience.Readers}. {dated}{meeting}. Baseline {report.Baseline.ShortLabel}. {(report.Audience.Marking.Length > 0 ? report.Audience.Marking + ". " : string.Empty)}Reference {report.DocumentId}.";
    }

    /// <summary>What the data-quality section says about the quarter's findings.</summary>
    public static string FindingsSentence(int errors, int warnings) =>
        $"The files supplied for this quarter raised {errors} {Plural(errors, "error", "errors")} and {warnings} {Plural(warnings, "warning", "warnings")}. " +
        "An error means a file or row could not be used, so the indicators that need it are shown as not available; a warning means the figure was used but should be checked.";

    /// <summary>A finding's file as the data-quality table names it: without the quarter's own folder ("ssda903/episodes.csv"), which the section already names.</summary>
    public static string FileInQuarter(ReportModel report, string file)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(file);
        var folder = report.Period + "/";
        return file.StartsWith(folder, StringComparison.Ordinal) ? file[folder.Length..] : file;
    }

    public static string Plural(int count, string one, string many) => count == 1 ? one : many;
}
