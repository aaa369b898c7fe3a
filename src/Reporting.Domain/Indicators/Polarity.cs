namespace Reporting.Domain.Indicators;

/// <summary>Which way is better.</summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,

    /// <summary>Context only (e.g. a count of children looked after): neither direction is better.</summary>
    Neutral,
}
