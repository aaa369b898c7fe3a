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

        var length = LongestFitting(text.Length, n => measure.Width(text[..n].TrimEnd() + "…", style) <= width);
        return text[..length].TrimEnd() + "…";
    }

    /// <summary>
    /// The largest length in [1, <paramref name="max"/>] that <paramref name="fits"/> (1 when none does), for a
    /// test that holds up to some length and fails beyond it, as widths of longer prefixes do. It gallops, then
    /// halves, so the work grows with the answer (one line's worth), not with the text: a 40,000-character
    /// name costs what a short one does.
    /// </summary>
    public static int LongestFitting(int max, Func<int, bool> fits)
    {
        var (low, high) = (1, 2);
        while (high <= max && fits(high))
        {
            (low, high) = (high, high * 2);
        }

        high = Math.Min(high, max + 1);
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (fits(middle))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
