using PdfSharp.Drawing;

namespace Reporting.Rendering.Layout;

/// <summary>A fragment in its box on a page (page coordinates, points).</summary>
internal sealed record PlacedFragment(Fragment Fragment, XRect Box)
{
    /// <summary>True when the fragment is taller than the box and is clipped.</summary>
    public bool Clipped => Fragment.Height > Box.Height + 0.01;
}

/// <summary>Something the layout could not do as asked, e.g. a row taller than a page (clipped).</summary>
internal sealed record LayoutIssue(int PageNumber, string Description);

/// <summary>One laid-out page, with the level 1 and 2 headings that start on it, in order.</summary>
internal sealed record LaidOutPage(int Number, IReadOnlyList<PlacedFragment> Fragments)
{
    public IReadOnlyList<PageHeading> Headings { get; } = Fragments.Select(f => f.Fragment.Heading).OfType<PageHeading>().ToArray();
}

/// <summary>The result of pagination: pages of placed fragments, and whatever had to be clipped.</summary>
internal sealed record LaidOutDocument(IReadOnlyList<LaidOutPage> Pages, IReadOnlyList<LayoutIssue> Issues)
{
    private readonly Dictionary<string, int> _sectionPages = Pages
        .SelectMany(p => p.Headings.Where(h => h.Level == 1).Select(h => (h.Title, p.Number)))
        .DistinctBy(h => h.Title, StringComparer.Ordinal)
        .ToDictionary(h => h.Title, h => h.Number, StringComparer.Ordinal);

    /// <summary>
    /// The page the first level 1 heading with this title is on: what the contents page prints.
    /// A title no section heading carries is a fault in the document, never page 0.
    /// </summary>
    public int PageOfSection(string title)
    {
        return _sectionPages.TryGetValue(title, out var page)
            ? page
            : throw new InvalidOperationException($"The contents lists \"{title}\", but no section heading in the document says so.");
    }
}

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
