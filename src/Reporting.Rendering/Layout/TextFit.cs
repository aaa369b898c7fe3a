namespace Reporting.Rendering.Layout;

/// <summary>Shortens a single line of text with an ellipsis so it fits a width (running headers, chart labels, tile captions).</summary>
internal static class TextFit
{
    public static string Ellipsis(string text, TextStyle style, double width, ITextMeasure measure)
    {
        if (measure.Width(text, style) <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && measure.Width(text[..length].TrimEnd() + "…", style) > width)
        {
            length--;
        }

        return text[..length].TrimEnd() + "…";
    }
}
