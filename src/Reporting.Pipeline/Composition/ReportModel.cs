using Reporting.Domain.Comparison;
using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;

namespace Reporting.Pipeline.Composition;

/// <summary>
/// Everything one review document shows, already decided: which indicators, their figures as
/// text (with disclosure control applied for public audiences), RAG and direction, history for
/// charts, commentary and findings. The renderer only lays this out; it makes no judgements.
/// </summary>
public sealed record ReportModel
{
    public required AudienceDefinition Audience { get; init; }

    public required CouncilCode Council { get; init; }

    /// <summary>The council's name when configured, else "Council 933".</summary>
    public required string CouncilName { get; init; }

    public required FinancialQuarter Period { get; init; }

    /// <summary>A stable id derived from the inputs, so the same inputs give byte-identical documents.</summary>
    public required string DocumentId { get; init; }

    /// <summary>
    /// The run publishing the document (its folder's name, from the inputs like <see cref="DocumentId"/>),
    /// so the HTML review links the PDF published beside it, not whichever is in force later; null
    /// when the model is composed outside a run.
    /// </summary>
    public string? RunId { get; init; }

    /// <summary>
    /// The issue date from config/review-dates.csv, printed as the document's date and stored as its
    /// creation date; null when none is configured (the document then says "figures to" the quarter's
    /// end and carries no issue date). Never the clock.
    /// </summary>
    public DateOnly? IssueDate { get; init; }

    /// <summary>The date of the review meeting the document is for, when configured.</summary>
    public DateOnly? MeetingDate { get; init; }

    /// <summary>The last day the figures cover: the quarter's end.</summary>
    public DateOnly FiguresTo => Period.End;

    /// <summary>The plan's starting quarter: configured in config/baseline.txt, else the earliest quarter with figures.</summary>
    public required FinancialQuarter Baseline { get; init; }

    /// <summary>The same quarter a year earlier.</summary>
    public FinancialQuarter YearAgo => Period.Plus(-4);

    /// <summary>Indicators in the audience's order.</summary>
    public required IReadOnlyList<IndicatorReport> Indicators { get; init; }

    public required ExecutiveSummary Summary { get; init; }

    public required CommentarySections Commentary { get; init; }

    /// <summary>The council's context for readers new to it (plain-English Markdown from config/context.md); null when not supplied or not for this audience.</summary>
    public string? Context { get; init; }

    /// <summary>Who to contact about the document (Markdown from config/context.md), when supplied.</summary>
    public string? Contact { get; init; }

    /// <summary>Caseload and agency share by team; empty when no record-level workforce file was supplied.</summary>
    public IReadOnlyList<TeamFigures> Teams { get; init; } = [];

    /// <summary>
    /// What the audience needs that the quarter lacks, when it was published incomplete with that
    /// confirmed (the publication gate); the summary says so. Empty for a complete quarter.
    /// </summary>
    public IReadOnlyList<Publishing.MissingPart> Gaps { get; init; } = [];

    /// <summary>Every validation finding for the quarter's inputs.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>The rule behind the RAG colours, printed in the document.</summary>
    public string RagRule => Assessment.RuleText;

    /// <summary>The sections the contents lists: those after it that have a heading.</summary>
    public IReadOnlyList<ReportSection> ContentsSections =>
        [.. Audience.Sections.SkipWhile(s => s != ReportSection.Contents).Skip(1).Where(s => ReviewWording.SectionHeading(s, Audience).Length > 0)];

    /// <summary>Indicators with a figure to show (suppressed ones too, shown as "c"): the public journey from the baseline.</summary>
    public IReadOnlyList<IndicatorReport> WithFigures => [.. Indicators.Where(i => i.Current.IsAvailable || i.Suppressed)];

    /// <summary>The indicators by improvement priority, in priority order.</summary>
    public IEnumerable<IGrouping<int, IndicatorReport>> ByPriority => Indicators.GroupBy(i => i.Definition.Priority).OrderBy(g => g.Key);

    /// <summary>Indicators rated red, for the risks section.</summary>
    public IReadOnlyList<IndicatorReport> RatedRed => [.. Indicators.Where(i => i.Assessment.Status == RagStatus.Red)];

    /// <summary>The indicators with no figure this quarter (suppressed ones have a figure, shown as "c"): listed with their reasons under the scorecard and data quality.</summary>
    public IReadOnlyList<IndicatorReport> Missing => [.. Indicators.Where(i => !i.Current.IsAvailable && !i.Suppressed)];

    /// <summary>The headline figures: the audience's chosen indicators (else the first ones) that have a figure, up to six.</summary>
    public IReadOnlyList<IndicatorReport> Headline
    {
        get
        {
            const int count = 6;
            var chosen = Audience.Headline is { Count: > 0 }
                ? Audience.Headline.Select(id => Indicators.FirstOrDefault(i => i.Definition.Id == id)).OfType<IndicatorReport>()
                : Indicators;
            return [.. chosen.Where(i => i.Current.IsAvailable || i.Suppressed).Take(count)];
        }
    }

    /// <summary>The headline indicators whose file raised warnings; none for the public, who are not shown the findings.</summary>
    public IReadOnlyList<IndicatorReport> HeadlineQualityAffected => Audience.Public ? [] : [.. Headline.Where(i => i.QualityWarnings > 0)];

    /// <summary>The red and amber measures, red first, then by priority: the summary's actions table.</summary>
    public IReadOnlyList<IndicatorReport> OffTrack =>
        [.. Indicators.Where(i => i.Assessment.Status is RagStatus.Red or RagStatus.Amber)
            .OrderBy(i => i.Assessment.Status == RagStatus.Red ? 0 : 1)
            .ThenBy(i => i.Definition.Priority)];

    /// <summary>Whether a priority line without charts carries the indicator's actions: red and amber measures, in a document that is not public.</summary>
    public bool ActionsBeside(IndicatorReport indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Assessment.Status is RagStatus.Red or RagStatus.Amber && !Audience.Public;
    }

    /// <summary>The date an action's status is judged at: the issue date, else the quarter's end.</summary>
    public DateOnly ActionsAsAt => IssueDate ?? FiguresTo;

    /// <summary>
    /// The progress section's priorities, in order, each with its indicators (in the scorecard's order)
    /// and the council's commentary on it where the audience reads commentary; a priority with neither
    /// is left out.
    /// </summary>
    public IReadOnlyList<PrioritySection> PrioritySections
    {
        get
        {
            var indicators = ByPriority.ToDictionary(group => group.Key, group => (IReadOnlyList<IndicatorReport>)[.. group]);
            return [.. Priority.All
                .Select(priority => new PrioritySection(
                    priority,
                    indicators.GetValueOrDefault(priority.Number, []),
                    Audience.Commentary && Commentary.ByPriority.TryGetValue(priority.Number, out var text) && !string.IsNullOrWhiteSpace(text) ? text : null))
                .Where(section => section.Indicators.Count > 0 || section.Commentary is not null)];
        }
    }

    /// <summary>The council's target for an indicator in this report, if it has one.</summary>
    public decimal? TargetOf(string indicatorId) => Indicators.FirstOrDefault(i => i.Definition.Id == indicatorId)?.Target?.Value;

    /// <summary>How many of the findings are errors (the rest are warnings).</summary>
    public int FindingErrors => Findings.Count(f => f.Severity == Severity.Error);

    /// <summary>The findings as the data-quality table lists them: errors first, then by file and row.</summary>
    public IEnumerable<Finding> FindingsInOrder =>
        Findings.OrderByDescending(f => f.Severity).ThenBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Row ?? 0);
}

/// <summary>One indicator's row in the scorecard and its chart, ready to print.</summary>
public sealed record IndicatorReport
{
    public required IndicatorDefinition Definition { get; init; }

    /// <summary>The figure for the quarter, or the reason it is not available.</summary>
    public required IndicatorValue Current { get; init; }

    public decimal? Previous { get; init; }

    public Target? Target { get; init; }

    public Benchmark? Benchmark { get; init; }

    public required Assessment Assessment { get; init; }

    /// <summary>The last 8 quarters ending with this one, or back to the baseline when that is earlier; oldest first; values are null where unknown or suppressed.</summary>
    public required IReadOnlyList<HistoryPoint> History { get; init; }

    /// <summary>The figure as printed: "14.2", "37.0%", "c" (suppressed) or "n/a".</summary>
    public required string ValueText { get; init; }

    /// <summary>The counts behind a percentage, "129 of 248" (or "12.4 of 88.0 FTE"); null when there are none or the figure is hidden.</summary>
    public string? CountText { get; init; }

    /// <summary>The figure at the plan's baseline quarter, as printed.</summary>
    public required string BaselineText { get; init; }

    /// <summary>The figure in the same quarter last year, as printed.</summary>
    public required string YearAgoText { get; init; }

    /// <summary>"5%", the tolerance as a share of the target, when the indicator's tolerance differs from the default; else null.</summary>
    public string? TolerancePercentText { get; init; }

    /// <summary>"±0.75 points", the tolerance in the figure's own unit, when the indicator's tolerance differs from the default; else null.</summary>
    public string? ToleranceBandText { get; init; }

    /// <summary>"tolerance 5% of the target (±0.75 points)" when the indicator's tolerance differs from the default; else null.</summary>
    public string? ToleranceText => TolerancePercentText is { } percent
        ? $"tolerance {percent} of the target{(ToleranceBandText is { } band ? $" ({band})" : string.Empty)}"
        : null;

    /// <summary>The counts under a figure in the scorecard: "132 of 480; 3 of 480 not known", or just the counts; null when there are none.</summary>
    public string? CountDetail => CountText is { } counts && NotKnownText is { } unknown ? $"{counts}; {unknown}" : CountText;

    /// <summary>"3 of 480 not known": cohort members whose category is not known, counted in the denominator and reported as a figure of their own; null when there are none.</summary>
    public string? NotKnownText { get; init; }

    /// <summary>The change on the previous quarter in words, "up 4.0 points" or "down 0.3"; null when not comparable.</summary>
    public string? ChangeText { get; init; }

    /// <summary>The council's actions for this measure this quarter (from actions.csv).</summary>
    public IReadOnlyList<ImprovementAction> Actions { get; init; } = [];

    /// <summary>Validation warnings about the file the figure came from: the figure was used but should be checked.</summary>
    public int QualityWarnings { get; init; }

    /// <summary>Those warnings themselves, for a document without a data-quality section (none for the public).</summary>
    public IReadOnlyList<Finding> QualityFindings { get; init; } = [];

    /// <summary>Rated red or amber with no action recorded: the documents flag it.</summary>
    public bool LacksAction => Assessment.Status is RagStatus.Red or RagStatus.Amber && Actions.Count == 0;

    public required string PreviousText { get; init; }

    public required string TargetText { get; init; }

    /// <summary>The England average as printed, with the year it describes: "15.1% (2016)"; "n/a" when there is none.</summary>
    public required string EnglandText { get; init; }

    public required string StatisticalNeighboursText { get; init; }

    /// <summary>True when disclosure control hid the figure.</summary>
    public bool Suppressed { get; init; }
}

/// <summary>A quarter's figure on a trend chart, with the target and the England average that applied to that quarter.</summary>
public sealed record HistoryPoint(FinancialQuarter Period, decimal? Value, decimal? Target, decimal? England = null);

/// <summary>The headline counts for the executive summary; improvements and deteriorations are ranked as <see cref="ReviewWording.MoversRule"/> says.</summary>
public sealed record ExecutiveSummary(
    int OnTarget,
    int Amber,
    int Red,
    int WithTarget,
    int Improved,
    int Worsened,
    int NotAvailable,
    IReadOnlyList<IndicatorReport> BiggestImprovements,
    IReadOnlyList<IndicatorReport> BiggestDeteriorations);

/// <summary>The council's narrative from commentary.md, as Markdown source per section (rendered escaped, never executed).</summary>
public sealed record CommentarySections(string? Summary, string? Risks, IReadOnlyDictionary<int, string> ByPriority)
{
    public static CommentarySections Empty { get; } = new(null, null, new Dictionary<int, string>());
}

/// <summary>A team's caseload and agency share at quarter end.</summary>
public sealed record TeamFigures(string Team, decimal? CaseloadAverage, decimal? AgencyPercent, decimal CaseHoldingFte);
