namespace Reporting.Rendering.Layout;

/// <summary>
/// Blocks kept on one page (a priority's heading, charts and commentary): when they do not all fit
/// in what is left of the page they start a fresh one, and flow on from there when they are longer
/// than a page. A block kept with the next one keeps with all of them. The blocks flow (no page
/// breaks or groups inside).
/// </summary>
internal sealed class KeepTogether(IReadOnlyList<Block> blocks) : Block
{
    public IReadOnlyList<Block> Blocks { get; } = blocks;

    public override SpacePlan Plan(LayoutContext context, double width, double height, bool pageIsEmpty) =>
        throw new InvalidOperationException("The paginator places the blocks kept together itself.");
}
