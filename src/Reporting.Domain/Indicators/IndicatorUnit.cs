namespace Reporting.Domain.Indicators;

/// <summary>What an indicator's number is.</summary>
public enum IndicatorUnit
{
    /// <summary>A percentage, 0–100, from a numerator and a denominator.</summary>
    Percent,

    /// <summary>A whole count (children, episodes, starters).</summary>
    Count,

    /// <summary>A ratio such as cases per social worker.</summary>
    Ratio,

    /// <summary>A number of days (an average).</summary>
    Days,
}
