using Reporting.Domain.Periods;

namespace Reporting.Domain.Indicators;

/// <summary>
/// An indicator's figure for one quarter, or the reason there is none. Invariant: exactly one
/// of <see cref="Value"/> and <see cref="NotAvailableReason"/> is set. <see cref="Source"/> says
/// where the figure came from (file names, never child-level data).
/// </summary>
public sealed record IndicatorValue
{
    private IndicatorValue(string indicatorId, FinancialQuarter period, decimal? value, decimal? numerator, decimal? denominator, string source, string? notAvailableReason)
    {
        IndicatorId = indicatorId;
        Period = period;
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
        Source = source;
        NotAvailableReason = notAvailableReason;
    }

    public string IndicatorId { get; }

    public FinancialQuarter Period { get; }

    public decimal? Value { get; }

    public decimal? Numerator { get; }

    public decimal? Denominator { get; }

    /// <summary>Where the figure came from, e.g. "measures.csv row 4" or "workforce.csv".</summary>
    public string Source { get; }

    /// <summary>
    /// Members of the cohort whose category is not known (a placement distance not recorded): they stay
    /// in the denominator and are reported as a figure of their own; null when the measure has no such
    /// category or every member's is known.
    /// </summary>
    public int? NotKnown { get; init; }

    /// <summary>Why there is no figure; null when there is one.</summary>
    public string? NotAvailableReason { get; }

    public bool IsAvailable => Value is not null;

    public static IndicatorValue Available(string indicatorId, FinancialQuarter period, decimal value, string source, decimal? numerator = null, decimal? denominator = null) =>
        new(indicatorId, period, value, numerator, denominator, source, null);

    /// <summary>The figure from a numerator and denominator; not available when the denominator is zero.</summary>
    public static IndicatorValue FromParts(IndicatorDefinition definition, FinancialQuarter period, decimal numerator, decimal denominator, string source) =>
        definition.FromParts(numerator, denominator) is { } value
            ? new(definition.Id, period, value, numerator, denominator, source, null)
            : new(definition.Id, period, null, numerator, denominator, source, $"nothing to count: the denominator ({source}) is zero");

    public static IndicatorValue NotAvailable(string indicatorId, FinancialQuarter period, string reason, string source = "") =>
        new(indicatorId, period, null, null, null, source, reason);
}
