namespace Reporting.Domain.Comparison;

/// <summary>How a figure moved against the previous quarter.</summary>
public enum Movement
{
    /// <summary>No previous figure to compare with.</summary>
    NotComparable,
    Up,
    Down,
    Same,
}
