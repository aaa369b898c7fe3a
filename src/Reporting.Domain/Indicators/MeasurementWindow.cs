namespace Reporting.Domain.Indicators;

/// <summary>The stretch of time an indicator's value describes.</summary>
public enum MeasurementWindow
{
    /// <summary>A snapshot on the last day of the quarter.</summary>
    AtQuarterEnd,

    /// <summary>Events within the quarter.</summary>
    Quarter,

    /// <summary>Events within the twelve months that end with the quarter.</summary>
    Rolling12Months,
}
