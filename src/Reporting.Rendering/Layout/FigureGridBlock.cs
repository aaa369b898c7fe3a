using PdfSharp.Drawing;

namespace Reporting.Rendering.Layout;

/// <summary>
/// Figures in a grid (e.g. two trend charts side by side); rows never split. Each figure is a Figure
/// element carrying the alt text, its title the Caption inside it.
/// </summary>
internal sealed class FigureGridBlock(IReadOnlyList<FigureSpec> figures, int perRow, double drawingHeight) : Block
{
    private readonly IReadOnlyList<FigureSpec> _figures = figures;
    private readonly int _perRow = perRow;
    private readonly double _drawingHeight = drawingHeight;

    private const double Gap = 12;
    private const double TitleGap = 2;

    public override SpacePlan Plan(LayoutContext context, double width, double height, bool pageIsEmpty) =>
        PlanFrom(0, context, width, height, pageIsEmpty);

    private int RowCount => (_figures.Count + _perRow - 1) / _perRow;

    private double CellWidth(double width) => (width - ((_perRow - 1) * Gap)) / _perRow;

    private double RowHeight(int row, LayoutContext context, double width)
    {
        var titleHeight = _figures.Skip(row * _perRow).Take(_perRow)
            .Max(f => RichText.Break(TextRun.Plain(f.Title, TextStyle.SmallBold), CellWidth(width), context).Sum(l => l.Height));
        return titleHeight + TitleGap + _drawingHeight;
    }

    private SpacePlan PlanFrom(int firstRow, LayoutContext context, double width, double height, bool pageIsEmpty)
    {
        double used = 0;
        var end = firstRow;
        while (end < RowCount)
        {
            var next = RowHeight(end, context, width) + (end > firstRow ? Gap : 0);
            if (used + next > height + 0.01)
            {
                break;
            }

            used += next;
            end++;
        }

        if (end == firstRow && RowCount > 0)
        {
            if (!pageIsEmpty)
            {
                return SpacePlan.Wrap("the next row of figures does not fit");
            }

            end = firstRow + 1;
        }

        var fragment = new GridFragment(this, context, width, firstRow, end);
        return end >= RowCount ? SpacePlan.Full(fragment) : SpacePlan.Partial(fragment, new Continuation(this, end));
    }

    private sealed class Continuation(FigureGridBlock owner, int firstRow) : Block
    {
        public override SpacePlan Plan(LayoutContext context, double width, double height, bool pageIsEmpty) =>
            owner.PlanFrom(firstRow, context, width, height, pageIsEmpty);
    }

    private sealed class GridFragment(FigureGridBlock owner, LayoutContext context, double width, int firstRow, int endRow) : Fragment
    {
        public override double Height =>
            Enumerable.Range(firstRow, endRow - firstRow).Sum(r => owner.RowHeight(r, context, width)) + ((endRow - firstRow - 1) * Gap);

        public override void Draw(PageCanvas canvas, XRect box)
        {
            var y = box.Y;
            var cellWidth = owner.CellWidth(box.Width);
            for (var row = firstRow; row < endRow; row++)
            {
                var rowHeight = owner.RowHeight(row, context, box.Width);
                var titleHeight = rowHeight - owner._drawingHeight - TitleGap;
                for (var column = 0; column < owner._perRow; column++)
                {
                    var index = (row * owner._perRow) + column;
                    if (index >= owner._figures.Count)
                    {
                        break;
                    }

                    var figure = owner._figures[index];
                    var x = box.X + (column * (cellWidth + Gap));
                    // The chart's title is its caption, inside its Figure (its first child): Caption is a
                    // grouping element, so its text sits in a P. The Figure's box covers both.
                    var area = new XRect(x, y + titleHeight + TitleGap, cellWidth, owner._drawingHeight);
                    canvas.BeginFigure(figure.AltText, new XRect(x, y, cellWidth, area.Bottom - y));
                    canvas.Begin(StructureTag.Caption);
                    canvas.Begin(StructureTag.Paragraph);
                    canvas.Lines(RichText.Break(TextRun.Plain(figure.Title, TextStyle.SmallBold), cellWidth, context), x, y);
                    canvas.End();
                    canvas.End();
                    canvas.CloseTextObject();
                    figure.Drawing.Draw(canvas.Graphics, area, canvas.Theme, canvas.Measure);
                    canvas.End();
                }

                y += rowHeight + Gap;
            }
        }

        public override string Describe() => $"figure rows {firstRow + 1}-{endRow} of {owner.RowCount}";
    }
}
