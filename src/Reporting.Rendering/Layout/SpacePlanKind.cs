namespace Reporting.Rendering.Layout;

/// <summary>Which of the three answers a <see cref="SpacePlan"/> is.</summary>
internal enum SpacePlanKind
{
    /// <summary>The whole block fits.</summary>
    Full,

    /// <summary>A part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>Nothing fits here; try a fresh page.</summary>
    Wrap,
}
