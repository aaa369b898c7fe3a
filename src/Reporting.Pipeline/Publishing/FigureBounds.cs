using Reporting.Domain.Indicators;

namespace Reporting.Pipeline.Publishing;

/// <summary>
/// The one table of plausible moves (docs/data-contract.md, "The publication gate"): a rerun over a
/// publication in force lists every figure that moves beyond its unit's bound, and any figure that
/// falls to 0 from something else, whatever the bound. Figures are compared as shown (rounded).
/// </summary>
public static class FigureBounds
{
    /// <summary>One bound per unit of the indicator catalogue.</summary>
    public static IReadOnlyList<FigureBound> Table { get; } =
    [
        new(IndicatorUnit.Percent, 15m, null, "a percentage moves by more than 15 percentage points"),
        new(IndicatorUnit.Count, null, 0.30m, "a count moves by more than 30% of the figure in force"),
        new(IndicatorUnit.Ratio, null, 0.30m, "a ratio (caseload, span of supervision) moves by more than 30%"),
        new(IndicatorUnit.Days, null, 0.30m, "a number of days moves by more than 30%"),
    ];

    /// <summary>The rule that applies to any indicator: a figure that becomes 0.</summary>
    public const string ToZeroRule = "any figure becomes 0 (from anything else)";

    /// <summary>The bound for an indicator's unit.</summary>
    public static FigureBound For(IndicatorDefinition definition) => Table.Single(b => b.Unit == definition.Unit);

    /// <summary>The rule a move breaks, or null when it is within bounds; <paramref name="was"/> and <paramref name="now"/> as shown.</summary>
    public static string? Broken(IndicatorDefinition definition, decimal was, decimal now) =>
        now == 0m && was != 0m ? ToZeroRule
        : For(definition) is { } bound && bound.IsExceeded(was, now) ? bound.Rule
        : null;
}
