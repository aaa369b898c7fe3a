using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.Composition;

namespace Reporting.Pipeline.Aggregation;

/// <summary>What a record source produced for a quarter.</summary>
public sealed record SourceResult(IReadOnlyList<IndicatorValue> Values, IReadOnlyList<Finding> Findings, IReadOnlyList<TeamFigures> Teams)
{
    public static SourceResult Nothing { get; } = new([], [], []);
}
