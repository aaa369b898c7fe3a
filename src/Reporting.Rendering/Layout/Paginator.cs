using PdfSharp.Drawing;

namespace Reporting.Rendering.Layout;

/// <summary>
/// Flows blocks onto pages of a fixed content area, top to bottom. Blocks that say they do not
/// fit move to a fresh page; blocks that fit in part continue on the next page; a block marked
/// keep-with-next moves to the next page unless the start of what follows fits beside it; blocks
/// kept together move to the next page unless they all fit.
/// </summary>
internal sealed class Paginator(LayoutContext context, XRect contentArea)
{
    public LaidOutDocument Paginate(IReadOnlyList<Block> document)
    {
        var blocks = document.ToList();
        var pages = new List<LaidOutPage>();
        var issues = new List<LayoutIssue>();
        var placed = new List<PlacedFragment>();
        double y = 0;
        var theme = context.Theme;

        void NewPage()
        {
            pages.Add(new LaidOutPage(pages.Count + 1, placed.ToArray()));
            placed.Clear();
            y = 0;
        }

        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            if (block is PageBreak pageBreak)
            {
                if (placed.Count > 0 && contentArea.Height - y < pageBreak.MinimumSpace)
                {
                    NewPage();
                }

                continue;
            }

            if (block is KeepTogether group)
            {
                if (placed.Count > 0 && !Fits(group.Blocks, contentArea.Height - y))
                {
                    NewPage();
                }

                blocks.InsertRange(index + 1, group.Blocks);
                continue;
            }

            while (true)
            {
                var pageIsEmpty = placed.Count == 0;
                var available = contentArea.Height - y;
                if (!pageIsEmpty && block.KeepWithNext && !StartFitsWithFollowers(blocks, index, block, available))
                {
                    NewPage();
                    continue;
                }

                var plan = block.Plan(context, contentArea.Width, available, pageIsEmpty);
                if (plan.Kind == SpacePlanKind.Wrap)
                {
                    if (pageIsEmpty)
                    {
                        throw new InvalidOperationException($"{block.GetType().Name} placed nothing on an empty page ({plan.Reason}).");
                    }

                    NewPage();
                    continue;
                }

                var fragment = plan.Fragment!;
                var height = Math.Min(fragment.Height, available);
                var item = new PlacedFragment(fragment, new XRect(contentArea.X, contentArea.Y + y, contentArea.Width, height));
                if (item.Clipped)
                {
                    issues.Add(new LayoutIssue(pages.Count + 1, $"{fragment.Describe()} is {fragment.Height:0} pt tall but only {available:0} pt were free; it is clipped."));
                }

                placed.Add(item);
                y += height;
                if (plan.Kind == SpacePlanKind.Partial)
                {
                    NewPage();
                    block = plan.Rest!;
                    continue;
                }

                y += block.SpaceAfter(theme);
                break;
            }
        }

        if (placed.Count > 0 || pages.Count == 0)
        {
            NewPage();
        }

        return new LaidOutDocument(pages, issues);
    }

    /// <summary>True when the block and the start of everything it keeps with fit in the space.</summary>
    private bool StartFitsWithFollowers(IReadOnlyList<Block> blocks, int index, Block block, double available)
    {
        var plan = block.Plan(context, contentArea.Width, available, pageIsEmpty: false);
        if (plan.Kind != SpacePlanKind.Full)
        {
            return plan.Kind == SpacePlanKind.Partial && !block.KeepWithNext;
        }

        if (!block.KeepWithNext || index + 1 >= blocks.Count || blocks[index + 1] is PageBreak)
        {
            return true;
        }

        var remaining = available - plan.Fragment!.Height - block.SpaceAfter(context.Theme);
        return remaining > 0 && (blocks[index + 1] is KeepTogether group
            ? Fits(group.Blocks, remaining)
            : StartFitsWithFollowers(blocks, index + 1, blocks[index + 1], remaining));
    }

    /// <summary>True when every one of the blocks fits, whole, one below the other in the space (on a page that already holds something).</summary>
    private bool Fits(IReadOnlyList<Block> blocks, double available)
    {
        foreach (var block in blocks)
        {
            var plan = block.Plan(context, contentArea.Width, available, pageIsEmpty: false);
            if (plan.Kind != SpacePlanKind.Full)
            {
                return false;
            }

            available -= plan.Fragment!.Height + block.SpaceAfter(context.Theme);
        }

        return true;
    }
}
