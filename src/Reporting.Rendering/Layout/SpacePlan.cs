namespace Reporting.Rendering.Layout;

/// <summary>
/// What a block can do with the space it is offered: place all of itself, place a part and leave
/// the rest for the next page, or place nothing ("does not fit" is a value, not an exception).
/// Invariant: <see cref="Fragment"/> is set unless the plan is <see cref="SpacePlanKind.Wrap"/>;
/// <see cref="Rest"/> is set only for <see cref="SpacePlanKind.Partial"/>.
/// </summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, Fragment? Fragment, Block? Rest, string? Reason)
{
    public static SpacePlan Full(Fragment fragment) => new(SpacePlanKind.Full, fragment, null, null);

    public static SpacePlan Partial(Fragment fragment, Block rest) => new(SpacePlanKind.Partial, fragment, rest, null);

    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, null, null, reason);
}

internal enum SpacePlanKind
{
    /// <summary>The whole block fits.</summary>
    Full,

    /// <summary>A part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>Nothing fits here; try a fresh page.</summary>
    Wrap,
}

/// <summary>What layout needs to know besides the space: the theme and how wide text is.</summary>
internal sealed record LayoutContext(Theme Theme, ITextMeasure Measure);

/// <summary>
/// A piece of content that flows onto pages. <see cref="Plan"/> is pure: it may be called more
/// than once with different space (the paginator looks ahead for keep-with-next). On an empty
/// page a block must place something (never <see cref="SpacePlanKind.Wrap"/>); a fragment taller
/// than the page is clipped and reported as a <see cref="LayoutIssue"/>.
/// </summary>
internal abstract class Block
{
    /// <summary>Keep this block on the same page as the start of the next one (headings).</summary>
    public virtual bool KeepWithNext => false;

    /// <summary>Gap left below the block when something follows it on the same page.</summary>
    public virtual double SpaceAfter(Theme theme) => theme.BlockGap;

    public abstract SpacePlan Plan(LayoutContext context, double width, double height, bool pageIsEmpty);
}

/// <summary>A level 1 (section) or level 2 heading, as the contents page and the bookmarks name it.</summary>
internal sealed record PageHeading(int Level, string Title);

/// <summary>A placed part of a block, ready to draw in a box of its own height.</summary>
internal abstract class Fragment
{
    public abstract double Height { get; }

    /// <summary>Draws into <paramref name="box"/>, opening and closing its structure tags.</summary>
    public abstract void Draw(PageCanvas canvas, PdfSharp.Drawing.XRect box);

    /// <summary>A short description for layout tests, e.g. "table rows 4-9, header repeated".</summary>
    public abstract string Describe();

    /// <summary>
    /// The level 1 or 2 heading this fragment starts, if it starts one: the paginator lists them
    /// by page, for the contents page and the bookmarks.
    /// </summary>
    public virtual PageHeading? Heading => null;

    public override string ToString() => Describe();
}

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

/// <summary>Empty vertical space; dropped at the top of a page, and moved there (so dropped) when it does not fit.</summary>
internal sealed class Spacer(double height) : Block
{
    public override double SpaceAfter(Theme theme) => 0;

    public override SpacePlan Plan(LayoutContext context, double width, double available, bool pageIsEmpty) =>
        pageIsEmpty ? SpacePlan.Full(new SpaceFragment(0))
        : height <= available ? SpacePlan.Full(new SpaceFragment(height))
        : SpacePlan.Wrap("the space runs past the end of the page");

    private sealed class SpaceFragment(double height) : Fragment
    {
        public override double Height => height;

        public override void Draw(PageCanvas canvas, PdfSharp.Drawing.XRect box)
        {
        }

        public override string Describe() => $"space {height:0.#}";
    }
}
