namespace Reporting.Rendering.Layout;

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
