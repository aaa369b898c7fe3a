using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Tests.Layout;

/// <summary>Every character 5 pt wide, so expected line breaks can be worked out by hand.</summary>
internal sealed class FixedWidthMeasure : ITextMeasure
{
    public const double CharWidth = 5;

    public double Width(string text, TextStyle style) => text.Length * CharWidth;

    public static LayoutContext Context { get; } = new(new Theme(), new FixedWidthMeasure());
}
