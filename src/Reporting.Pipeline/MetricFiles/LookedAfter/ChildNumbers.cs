using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles.LookedAfter;

/// <summary>
/// Stands in for CHILD ids within one quarter's SSDA903 tables: each distinct id gets a number, so
/// episodes, OC2 and OC3 rows join up while the ids themselves are dropped after reading.
/// </summary>
public sealed class ChildNumbers
{
    private readonly IdentifierIndex _numbers = new();

    /// <summary>The number of a CHILD id (from 1; ids equal but for case or surrounding spaces share one).</summary>
    public int For(string childId) => _numbers.NumberOf(childId.AsSpan().Trim()) + 1;
}
