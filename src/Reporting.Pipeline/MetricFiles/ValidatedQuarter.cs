using Reporting.Domain.Comparison;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Composition;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// The Validate stage's output: every file parsed into typed values, and every finding.
/// Record-level sources have already turned their records into indicator values.
/// </summary>
public sealed record ValidatedQuarter(
    QuarterFiles Files,
    IReadOnlyList<MeasureRow> Measures,
    IReadOnlyList<IndicatorValue> RecordLevel,
    IReadOnlyList<TeamFigures> Teams,
    TargetBook Targets,
    BenchmarkBook Benchmarks,
    CommentarySections Commentary,
    FindingList Findings)
{
    /// <summary>The council's actions for off-target measures, from the quarter's actions.csv.</summary>
    public IReadOnlyList<ImprovementAction> Actions { get; init; } = [];

    /// <summary>Issue and meeting dates by quarter, from config/review-dates.csv.</summary>
    public ReviewDateBook ReviewDates { get; init; } = ReviewDateBook.Empty;

    /// <summary>The plan's baseline quarter from config/baseline.txt, when configured.</summary>
    public FinancialQuarter? Baseline { get; init; }

    /// <summary>The council's context and contact from config/context.md, when supplied.</summary>
    public CouncilContext? Context { get; init; }
}
