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

    /// <summary>The date printed as the document's date and stored as its creation date: derived from the inputs, never the clock.</summary>
    public required DateOnly IssueDate { get; init; }

    /// <summary>Indicators in the audience's order.</summary>
    public required IReadOnlyList<IndicatorReport> Indicators { get; init; }

    public required ExecutiveSummary Summary { get; init; }

    public required CommentarySections Commentary { get; init; }

    /// <summary>Caseload and agency share by team; empty when no record-level workforce file was supplied.</summary>
    public IReadOnlyList<TeamFigures> Teams { get; init; } = [];

    /// <summary>Every validation finding for the quarter's inputs.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>The rule behind the RAG colours, printed in the document.</summary>
    public string RagRule => Assessment.RuleText;
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

    /// <summary>Up to the last 8 quarters ending with this one, oldest first; values are null where unknown or suppressed.</summary>
    public required IReadOnlyList<HistoryPoint> History { get; init; }

    /// <summary>The figure as printed: "14.2", "37.0%", "c" (suppressed) or "n/a".</summary>
    public required string ValueText { get; init; }

    public required string PreviousText { get; init; }

    public required string TargetText { get; init; }

    public required string EnglandText { get; init; }

    public required string StatisticalNeighboursText { get; init; }

    /// <summary>True when disclosure control hid the figure.</summary>
    public bool Suppressed { get; init; }
}

/// <summary>A quarter's figure on a trend chart.</summary>
public sealed record HistoryPoint(FinancialQuarter Period, decimal? Value, decimal? Target);

/// <summary>The headline counts for the executive summary.</summary>
public sealed record ExecutiveSummary(
    int OnTarget,
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
