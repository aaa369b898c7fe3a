namespace Reporting.Rendering.Layout;

/// <summary>Measures the width of text in a style. Layout depends only on this, so layout tests can use fixed-width text.</summary>
internal interface ITextMeasure
{
    double Width(string text, TextStyle style);
}
