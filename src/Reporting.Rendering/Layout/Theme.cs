using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Reporting.Domain.Comparison;
using Reporting.Rendering.Fonts;

namespace Reporting.Rendering.Layout;

/// <summary>
/// The one typography and colour definition of the review documents: page geometry, fonts,
/// sizes, spacing and the RAG palette. RAG colours are chosen to differ in lightness as well as
/// hue, so they stay distinguishable in greyscale; the RAG word is always printed beside them.
/// </summary>
internal sealed class Theme
{
    /// <summary>Paragraph text size unless an audience sets its own.</summary>
    public const double DefaultBodySize = 10;

    private readonly XFont[] _fonts;

    /// <summary>The documents' typography with paragraph text of <paramref name="bodySize"/> points (10 by default); notes, tables and headings keep their proportions to it.</summary>
    public Theme(double bodySize = DefaultBodySize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bodySize, 8);
        PdfSharpSetup.EnsureApplied();
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        XFont Font(double size, XFontStyleEx style) => new(EmbeddedFontResolver.FamilyName, size, style, options);
        _fonts = new XFont[Enum.GetValues<TextStyle>().Length];
        _fonts[(int)TextStyle.Body] = Font(bodySize, XFontStyleEx.Regular);
        _fonts[(int)TextStyle.BodyBold] = Font(bodySize, XFontStyleEx.Bold);
        _fonts[(int)TextStyle.BodyItalic] = Font(bodySize, XFontStyleEx.Italic);
        _fonts[(int)TextStyle.BodyBoldItalic] = Font(bodySize, XFontStyleEx.BoldItalic);
        _fonts[(int)TextStyle.Small] = Font(bodySize - 2, XFontStyleEx.Regular);
        _fonts[(int)TextStyle.SmallBold] = Font(bodySize - 2, XFontStyleEx.Bold);
        _fonts[(int)TextStyle.TableHeader] = Font(bodySize - 1.5, XFontStyleEx.Bold);
        _fonts[(int)TextStyle.TableBody] = Font(bodySize - 1.5, XFontStyleEx.Regular);
        _fonts[(int)TextStyle.TableBodyBold] = Font(bodySize - 1.5, XFontStyleEx.Bold);
        _fonts[(int)TextStyle.Heading1] = Font(bodySize + 7, XFontStyleEx.Bold);
        _fonts[(int)TextStyle.Heading2] = Font(bodySize + 2.5, XFontStyleEx.Bold);
        _fonts[(int)TextStyle.Heading3] = Font(bodySize + 0.5, XFontStyleEx.Bold);
        _fonts[(int)TextStyle.Title] = Font(26, XFontStyleEx.Bold);
        _fonts[(int)TextStyle.Subtitle] = Font(14, XFontStyleEx.Regular);
        _fonts[(int)TextStyle.KpiValue] = Font(19, XFontStyleEx.Bold);
        _fonts[(int)TextStyle.ChartLabel] = Font(7, XFontStyleEx.Regular);
        _fonts[(int)TextStyle.ChartLabelBold] = Font(7, XFontStyleEx.Bold);
        _fonts[(int)TextStyle.Marking] = Font(9, XFontStyleEx.Bold);
    }

    /// <summary>A4 portrait, in points.</summary>
    public XSize PageSize { get; } = new(595.28, 841.89);

    public double MarginLeft => 48;

    public double MarginRight => 48;

    /// <summary>Top of the content area; the page header sits above it.</summary>
    public double MarginTop => 62;

    /// <summary>Space below the content area; the page footer sits in it.</summary>
    public double MarginBottom => 58;

    public XRect ContentArea => new(MarginLeft, MarginTop, PageSize.Width - MarginLeft - MarginRight, PageSize.Height - MarginTop - MarginBottom);

    /// <summary>Baseline-to-baseline distance as a multiple of the font size.</summary>
    public double LineSpacing => 1.28;

    /// <summary>Vertical gap after an ordinary block.</summary>
    public double BlockGap => 7;

    public XFont Font(TextStyle style) => _fonts[(int)style];

    public double LineHeight(TextStyle style) => Font(style).Size * LineSpacing;

    /// <summary>Distance from the top of a line box to its baseline.</summary>
    public double Ascent(TextStyle style) => Font(style).Size * ((LineSpacing - 1) / 2 + 0.9);

    public XColor Ink { get; } = XColor.FromArgb(0x1C, 0x1C, 0x1C);

    public XColor Muted { get; } = XColor.FromArgb(0x55, 0x55, 0x55);

    public XColor Accent { get; } = XColor.FromArgb(0x1B, 0x3A, 0x66);

    public XColor AccentLight { get; } = XColor.FromArgb(0xE4, 0xEB, 0xF5);

    public XColor Rule { get; } = XColor.FromArgb(0xB8, 0xB8, 0xB8);

    public XColor Stripe { get; } = XColor.FromArgb(0xF3, 0xF3, 0xF3);

    public XColor GroupRow { get; } = XColor.FromArgb(0xF4, 0xF7, 0xFB);

    /// <summary>The "target met" shading: light enough to read through, dark enough to survive greyscale print (about 88% lightness).</summary>
    public XColor GoodSide { get; } = XColor.FromArgb(0xD4, 0xE8, 0xD6);

    /// <summary>
    /// Fill and text colour of a RAG chip. The fills differ in lightness, not only hue — amber light
    /// (L* about 78), red middle (about 44), green dark (about 27) — so they stay apart in greyscale
    /// print and for red-green colour blindness; the word is printed on every chip as well.
    /// </summary>
    public (XColor Fill, XColor Text) Rag(RagStatus status) => status switch
    {
        RagStatus.Red => (XColor.FromArgb(0xC6, 0x2D, 0x22), XColors.White),
        RagStatus.Amber => (XColor.FromArgb(0xF2, 0xB7, 0x05), XColor.FromArgb(0x1C, 0x1C, 0x1C)),
        RagStatus.Green => (XColor.FromArgb(0x0E, 0x4A, 0x22), XColors.White),
        _ => (XColor.FromArgb(0xDD, 0xDD, 0xDD), XColor.FromArgb(0x1C, 0x1C, 0x1C)),
    };

}
