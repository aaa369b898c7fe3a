namespace Reporting.Rendering.Layout;

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
