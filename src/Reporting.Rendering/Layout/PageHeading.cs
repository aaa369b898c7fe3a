namespace Reporting.Rendering.Layout;

/// <summary>A level 1 (section) or level 2 heading, as the contents page and the bookmarks name it.</summary>
internal sealed record PageHeading(int Level, string Title);
