using PdfSharp.Drawing;

namespace Reporting.Rendering.Layout;

/// <summary>Something drawn with vector graphics into a box (a chart).</summary>
internal interface IDrawing
{
    void Draw(XGraphics graphics, XRect area, Theme theme, ITextMeasure measure);
}
