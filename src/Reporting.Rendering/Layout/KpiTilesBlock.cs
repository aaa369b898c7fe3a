using PdfSharp.Drawing;
using Reporting.Domain.Comparison;

namespace Reporting.Rendering.Layout;

/// <summary>
/// Headline figures as tiles, three to a row; rows never split. Each tile reads as three short
/// paragraphs (label, figure, context with the RAG word); the border and RAG bar are artifacts.
/// </summary>
internal sealed class KpiTilesBlock(IReadOnlyList<KpiTile> tiles, int perRow = 3) : Block
{
    private readonly IReadOnlyList<KpiTile> _tiles = tiles;
    private readonly int _perRow = perRow;

    private const double Gap = 8;

    public override SpacePlan Plan(LayoutContext context, double width, double height, bool pageIsEmpty) =>
        PlanFrom(0, height, pageIsEmpty, Scale(context.Theme));

    private int RowCount => (_tiles.Count + _perRow - 1) / _perRow;

    /// <summary>Tiles grow with the theme's note size (8 pt at scale 1), so larger print still fits inside them.</summary>
    private static double Scale(Theme theme) => theme.Font(TextStyle.Small).Size / 8;

    private SpacePlan PlanFrom(int firstRow, double height, bool pageIsEmpty, double scale)
    {
        var tileHeight = 84 * scale;
        var rows = Math.Max(0, Math.Min(RowCount - firstRow, (int)Math.Floor((height + Gap + 0.01) / (tileHeight + Gap))));
        if (rows == 0 && RowCount > firstRow)
        {
            if (!pageIsEmpty)
            {
                return SpacePlan.Wrap("a row of tiles does not fit");
            }

            rows = 1;
        }

        var fragment = new TilesFragment(this, firstRow, firstRow + rows, scale);
        return firstRow + rows >= RowCount ? SpacePlan.Full(fragment) : SpacePlan.Partial(fragment, new Continuation(this, firstRow + rows));
    }

    private sealed class Continuation(KpiTilesBlock owner, int firstRow) : Block
    {
        public override SpacePlan Plan(LayoutContext context, double width, double height, bool pageIsEmpty) =>
            owner.PlanFrom(firstRow, height, pageIsEmpty, Scale(context.Theme));
    }

    private sealed class TilesFragment(KpiTilesBlock owner, int firstRow, int endRow, double scale) : Fragment
    {
        private double TileHeight => 84 * scale;

        public override double Height => ((endRow - firstRow) * (TileHeight + Gap)) - Gap;

        public override void Draw(PageCanvas canvas, XRect box)
        {
            var theme = canvas.Theme;
            var tileWidth = (box.Width - ((owner._perRow - 1) * Gap)) / owner._perRow;
            for (var index = firstRow * owner._perRow; index < Math.Min(owner._tiles.Count, endRow * owner._perRow); index++)
            {
                var tile = owner._tiles[index];
                var row = (index / owner._perRow) - firstRow;
                var column = index % owner._perRow;
                var rect = new XRect(box.X + (column * (tileWidth + Gap)), box.Y + (row * (TileHeight + Gap)), tileWidth, TileHeight);
                var (fill, text) = theme.Rag(tile.Status);
                canvas.Artifact(() =>
                {
                    canvas.Graphics.DrawRectangle(new XPen(theme.Rule, 0.6), XBrushes.White, rect);
                    canvas.Graphics.DrawRectangle(new XSolidBrush(fill), rect.X, rect.Y, 5, rect.Height);
                });
                var inner = rect.X + 12;
                var width = rect.Width - 18;
                canvas.Begin(StructureTag.Paragraph);
                var labelLines = RichText.Break(TextRun.Plain(tile.Label, TextStyle.SmallBold), width, new LayoutContext(theme, canvas.Measure)).Take(2).ToArray();
                canvas.Lines(labelLines, inner, rect.Y + 6, theme.Muted);
                canvas.End();
                canvas.Begin(StructureTag.Paragraph);
                canvas.Text(tile.Value, TextStyle.KpiValue, inner, rect.Y + (30 * scale));
                canvas.End();
                var detailX = inner + canvas.Measure.Width(tile.Value, TextStyle.KpiValue) + 8;
                var detailTop = rect.Y + (32 * scale);
                foreach (var detail in (tile.Details ?? []).Take(2))
                {
                    canvas.Begin(StructureTag.Paragraph);
                    canvas.Text(TextFit.Ellipsis(detail, TextStyle.Small, rect.Right - 6 - detailX, canvas.Measure), TextStyle.Small, detailX, detailTop, theme.Muted);
                    canvas.End();
                    detailTop += theme.LineHeight(TextStyle.Small);
                }

                var chipWord = tile.Status.Word();
                var chipWidth = canvas.Measure.Width(chipWord, TextStyle.SmallBold) + 8;
                canvas.Artifact(() => canvas.Graphics.DrawRoundedRectangle(new XSolidBrush(fill), new XRect(inner, rect.Y + (64 * scale), chipWidth, 12 * scale), new XSize(4, 4)));
                canvas.Begin(StructureTag.Paragraph);
                canvas.Text(chipWord + " ", TextStyle.SmallBold, inner + 4, rect.Y + (64.5 * scale), text);
                canvas.Text(TextFit.Ellipsis(tile.Caption, TextStyle.Small, width - chipWidth - 5, canvas.Measure), TextStyle.Small, inner + chipWidth + 5, rect.Y + (64.5 * scale), theme.Muted);
                canvas.End();
            }
        }

        public override string Describe() => $"tile rows {firstRow + 1}-{endRow} of {owner.RowCount}";
    }
}
