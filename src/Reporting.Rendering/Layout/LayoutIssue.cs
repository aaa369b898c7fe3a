namespace Reporting.Rendering.Layout;

/// <summary>Something the layout could not do as asked, e.g. a row taller than a page (clipped).</summary>
internal sealed record LayoutIssue(int PageNumber, string Description);
