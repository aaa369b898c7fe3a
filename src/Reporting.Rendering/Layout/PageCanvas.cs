using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Reporting.Rendering.Layout;

/// <summary>
/// One page being drawn: the XGraphics plus the document's structure builder, so every drawing
/// call happens inside a structure element or an artifact (PDFsharp's UAManager rejects anything
/// else). Coordinates are points from the page's top left. Without a structure builder it draws
/// the same marks untagged: the rendering benchmark's plain-XGraphics comparison.
/// </summary>
internal sealed class PageCanvas(XGraphics graphics, StructureBuilder? structure, Theme theme, ITextMeasure measure, LaidOutDocument document)
{
    public XGraphics Graphics { get; } = graphics;

    public Theme Theme { get; } = theme;

    public ITextMeasure Measure { get; } = measure;

    /// <summary>For each element begun on this page, innermost last: whether its marked content opens inside a text object.</summary>
    private readonly Stack<bool> _openInTextMode = new();

    /// <summary>The page a section starts on: the whole document is laid out before any page is drawn.</summary>
    public int PageOfSection(string title) => document.PageOfSection(title);

    public void Begin(StructureTag tag)
    {
        if (structure is null)
        {
            return;
        }

        // A text element's marked content lives inside one text object: PDFsharp writes the BDC at
        // the first string, and with BT already open it goes inside it; the EMC follows the last string.
        _openInTextMode.Push(true);
        PdfRendererExtensions.BeginTextMode(Graphics);
        if (tag == StructureTag.Caption)
        {
            structure.BeginElement(PdfGroupingElementTag.Caption);
        }
        else
        {
            structure.BeginElement(ElementTag(tag));
        }
    }

    /// <summary>
    /// Ends PDFsharp's open text object (it keeps BT open across strings) where marked content
    /// that holds drawing begins or ends: artifacts and figures. Their BMC/BDC and EMC are then
    /// written outside any text object, so marked content and text objects nest and never cross
    /// (ISO 32000-1 14.6.1); PDFsharp 6.2 rebalances BT/ET only after writing EMC, which crosses
    /// them. Text elements need nothing: PDFsharp writes their BDC inside the text object their
    /// first string opens, and their EMC comes before anything else could close it.
    /// </summary>
    public void CloseTextObject() => PdfRendererExtensions.BeginGraphicMode(Graphics);

    private static PdfBlockLevelElementTag ElementTag(StructureTag tag) => tag switch
    {
        StructureTag.Heading1 => PdfBlockLevelElementTag.Heading1,
        StructureTag.Heading2 => PdfBlockLevelElementTag.Heading2,
        StructureTag.Heading3 => PdfBlockLevelElementTag.Heading3,
        StructureTag.Paragraph => PdfBlockLevelElementTag.Paragraph,
        StructureTag.List => PdfBlockLevelElementTag.List,
        StructureTag.ListItem => PdfBlockLevelElementTag.ListItem,
        StructureTag.ListLabel => PdfBlockLevelElementTag.Label,
        StructureTag.ListBody => PdfBlockLevelElementTag.ListBody,
        StructureTag.Table => PdfBlockLevelElementTag.Table,
        StructureTag.TableHead => PdfBlockLevelElementTag.TableHeadRowGroup,
        StructureTag.TableBody => PdfBlockLevelElementTag.TableBodyRowGroup,
        StructureTag.TableRow => PdfBlockLevelElementTag.TableRow,
        StructureTag.TableHeaderCell => PdfBlockLevelElementTag.TableHeaderCell,
        _ => PdfBlockLevelElementTag.TableDataCell,
    };

    /// <summary>
    /// Opens a Link to another page of the document: a link annotation over <paramref name="box"/>
    /// (page coordinates from the top left), tagged as a Link element holding the text drawn until
    /// <see cref="End"/> and the annotation itself, with words for screen readers.
    /// </summary>
    public void BeginLink(XRect box, int targetPage, string altText)
    {
        var page = Graphics.PdfPage ?? throw new InvalidOperationException("A link needs the PDF page being drawn.");
        var link = PdfSharp.Pdf.Annotations.PdfLinkAnnotation.CreateDocumentLink(new PdfSharp.Pdf.PdfRectangle(new XRect(box.X, Theme.PageSize.Height - box.Bottom, box.Width, box.Height)), targetPage);
        link.Elements.SetString("/Contents", altText);

        // PDFsharp stamps a new annotation with the clock (/M) and a random name (/NM), both optional:
        // without them the same document gives the same bytes.
        link.Elements.Remove("/M");
        link.Elements.Remove("/NM");
        if (structure is null)
        {
            page.Annotations.Add(link);
            return;
        }

        _openInTextMode.Push(true);
        PdfRendererExtensions.BeginTextMode(Graphics);
        structure.BeginElement(link, altText);
    }

    /// <summary>Opens a Figure with its alt text; its bounding box is stored in PDF space (origin at the bottom left).</summary>
    public void BeginFigure(string altText, XRect box)
    {
        if (structure is null)
        {
            return;
        }

        CloseTextObject();
        _openInTextMode.Push(false);
        structure.BeginElement(PdfIllustrationElementTag.Figure, altText, new XRect(box.X, Theme.PageSize.Height - box.Bottom, box.Width, box.Height));
        CloseTextObject();
    }

    public void End()
    {
        if (structure is null)
        {
            return;
        }

        // An element begun on an earlier page (a long table) only holds other elements.
        if (_openInTextMode.TryPop(out var inText) && !inText)
        {
            CloseTextObject();
        }

        structure.End();
    }

    /// <summary>Marks the open table cell as spanning columns.</summary>
    public void SetColumnSpan(int columns) => structure?.SetColSpan(columns);

    /// <summary>Gives the open element words for screen readers to say instead of its printed text (an abbreviation's expansion).</summary>
    public void SetAlternateText(string text) => structure?.CurrentStructureElement.Elements.SetString("/Alt", text);

    /// <summary>Marks the open header cell as heading its column, for screen readers.</summary>
    public void SetColumnScope() => SetScope("/Column");

    /// <summary>Marks the open header cell as heading its row (a row label or a group row), for screen readers.</summary>
    public void SetRowScope() => SetScope("/Row");

    private void SetScope(string scope) => structure?.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", scope);

    /// <summary>Draws decoration (rules, fills, page furniture) that screen readers skip.</summary>
    public void Artifact(Action draw)
    {
        if (structure is null)
        {
            draw();
            return;
        }

        CloseTextObject();
        structure.BeginArtifact();
        draw();
        CloseTextObject();
        structure.End();
    }

    /// <summary>Closes the page's open marked content before its graphics are disposed.</summary>
    public void FinishPage() => structure?.EndMarkedContentsWithId();

    /// <summary>Draws one line of text whose line box starts at <paramref name="top"/>.</summary>
    public void Text(string text, TextStyle style, double x, double top, XColor? colour = null)
    {
        if (text.Length == 0)
        {
            return;
        }

        Graphics.DrawString(text, Theme.Font(style), new XSolidBrush(colour ?? Theme.Ink), x, top + Theme.Ascent(style));
    }

    /// <summary>Draws one line of text right-aligned at <paramref name="right"/>.</summary>
    public void TextRight(string text, TextStyle style, double right, double top, XColor? colour = null) =>
        Text(text, style, right - Measure.Width(text, style), top, colour);

    /// <summary>Draws one line of text centred on <paramref name="centre"/>.</summary>
    public void TextCentred(string text, TextStyle style, double centre, double top, XColor? colour = null) =>
        Text(text, style, centre - (Measure.Width(text, style) / 2), top, colour);

    /// <summary>Draws laid-out lines (see <see cref="RichText"/>).</summary>
    public void Lines(IReadOnlyList<TextLine> lines, double x, double top, XColor? colour = null)
    {
        var y = top;
        foreach (var line in lines)
        {
            foreach (var span in line.Spans)
            {
                Text(span.Text, span.Style, x + span.X, y, colour);
            }

            y += line.Height;
        }
    }
}
