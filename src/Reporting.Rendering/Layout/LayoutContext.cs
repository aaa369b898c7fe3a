namespace Reporting.Rendering.Layout;

/// <summary>What layout needs to know besides the space: the theme and how wide text is.</summary>
internal sealed record LayoutContext(Theme Theme, ITextMeasure Measure);
