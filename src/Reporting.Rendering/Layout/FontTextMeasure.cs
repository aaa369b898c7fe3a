using PdfSharp.Drawing;

namespace Reporting.Rendering.Layout;

/// <summary>
/// Measures with PDFsharp's font metrics, caching each (style, text) pair: the documents repeat
/// the same words and figures often, and measuring is the layout's main cost. One instance per
/// document (not thread-safe).
/// </summary>
internal sealed class FontTextMeasure : ITextMeasure
{
    private readonly Theme _theme;
    private readonly XGraphics _context;
    private readonly Dictionary<(TextStyle, string), double> _cache = [];

    public FontTextMeasure(Theme theme)
    {
        _theme = theme;
        _context = XGraphics.CreateMeasureContext(theme.PageSize, XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    public double Width(string text, TextStyle style)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!_cache.TryGetValue((style, text), out var width))
        {
            width = _context.MeasureString(text, _theme.Font(style)).Width;
            _cache[(style, text)] = width;
        }

        return width;
    }
}
