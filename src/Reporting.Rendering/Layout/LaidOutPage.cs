namespace Reporting.Rendering.Layout;

/// <summary>One laid-out page, with the level 1 and 2 headings that start on it, in order.</summary>
internal sealed record LaidOutPage(int Number, IReadOnlyList<PlacedFragment> Fragments)
{
    public IReadOnlyList<PageHeading> Headings { get; } = Fragments.Select(f => f.Fragment.Heading).OfType<PageHeading>().ToArray();
}
