namespace Reporting.Rendering.Layout;

/// <summary>
/// Starts a new page unless the current one is still empty, or (with a minimum) unless at
/// least that much space is left: short sections then share a page instead of leaving gaps.
/// </summary>
internal sealed class PageBreak(double minimumSpace = double.PositiveInfinity) : Block
{
    public static PageBreak Instance { get; } = new();

    /// <summary>Break only when less than this is left on the page.</summary>
    public double MinimumSpace { get; } = minimumSpace;

    public override SpacePlan Plan(LayoutContext context, double width, double height, bool pageIsEmpty) =>
        throw new InvalidOperationException("The paginator handles page breaks itself.");
}
