using PdfSharp.Drawing;

namespace Reporting.Rendering.Layout;

/// <summary>
/// A table whose header row repeats at the top of every page it continues onto and whose rows
/// never split across pages. Group rows (one cell spanning every column, e.g. a priority's
/// title) introduce the rows below them and never end a page. Tagged as Table / THead / TBody / TR / TH / TD:
/// column headers are TH with Scope=Column; group rows, and the first cell of each row when the
/// table has row headers, are TH with Scope=Row. The repeated header on later pages is an
/// artifact, so a screen reader hears it once.
/// </summary>
internal sealed class TableBlock : Block
{
    private const double PaddingX = 4;
    private const double PaddingY = 3;

    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly IReadOnlyList<IReadOnlyList<TableCell>> _rows;
    private readonly bool _rowHeaders;
    private Layout? _layout;

    /// <summary>
    /// A table; rows of exactly one cell are group rows spanning every column. With
    /// <paramref name="rowHeaders"/>, each row's first cell labels the row (e.g. "Issued" on the cover).
    /// </summary>
    public TableBlock(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<TableCell>> rows, bool rowHeaders = false)
    {
        if (rows.Any(r => r.Count != columns.Count && r.Count != 1))
        {
            throw new ArgumentException("Every row needs one cell per column, or a single cell for a group row.", nameof(rows));
        }

        _columns = columns;
        _rows = rows;
        _rowHeaders = rowHeaders;
    }

    private bool IsGroup(int row) => _rows[row].Count == 1 && _columns.Count > 1;

    public int RowCount => _rows.Count;

    public override double SpaceAfter(Theme theme) => theme.BlockGap + 3;

    public override SpacePlan Plan(LayoutContext context, double width, double height, bool pageIsEmpty) =>
        PlanFrom(0, context, width, height, pageIsEmpty);

    private SpacePlan PlanFrom(int firstRow, LayoutContext context, double width, double height, bool pageIsEmpty)
    {
        var layout = LayoutFor(width, context);
        var used = layout.HeaderHeight;
        var last = firstRow;
        while (last < _rows.Count && used + layout.RowHeights[last] <= height + 0.01)
        {
            used += layout.RowHeights[last];
            last++;
        }

        // A group row introduces what follows it: never leave one at the foot of a page.
        while (last < _rows.Count && last > firstRow && IsGroup(last - 1))
        {
            last--;
        }

        if (last == firstRow && _rows.Count > 0)
        {
            if (!pageIsEmpty)
            {
                return SpacePlan.Wrap("the header and the next row do not fit");
            }

            last = firstRow + 1; // A row taller than a page: placed alone and clipped.
        }

        var fragment = new TableFragment(this, layout, firstRow, last);
        return last >= _rows.Count
            ? SpacePlan.Full(fragment)
            : SpacePlan.Partial(fragment, new Continuation(this, last));
    }

    private Layout LayoutFor(double width, LayoutContext context)
    {
        if (_layout is { } cached && Math.Abs(cached.Width - width) < 0.001)
        {
            return cached;
        }

        var totalWeight = _columns.Sum(c => c.Weight);
        var widths = _columns.Select(c => width * c.Weight / totalWeight).ToArray();
        IReadOnlyList<TextLine>[] Wrap(IReadOnlyList<TableCell> cells) => cells.Count == 1 && widths.Length > 1
            ? [RichText.Break(TextRun.Plain(cells[0].Text, cells[0].Style), width - (2 * PaddingX), context)]
            : cells.Select((cell, i) => RichText.Break(cell.Runs, widths[i] - (2 * PaddingX) - (cell.Rag is null ? 0 : 6), context)).ToArray();

        var header = Wrap(_columns.Select(c => new TableCell(c.Header, TextStyle.TableHeader)).ToArray());
        var rows = _rows.Select(Wrap).ToArray();
        static double HeightOf(IReadOnlyList<TextLine>[] cells) => cells.Max(lines => lines.Sum(l => l.Height)) + (2 * PaddingY);
        // Stripes alternate within each group, so every group's first row looks the same.
        var striped = new bool[_rows.Count];
        var sinceGroup = 0;
        for (var row = 0; row < _rows.Count; row++)
        {
            sinceGroup = IsGroup(row) ? 0 : sinceGroup + 1;
            striped[row] = sinceGroup % 2 == 0 && sinceGroup > 0;
        }

        _layout = new Layout(width, widths, header, HeightOf(header), rows, rows.Select(HeightOf).ToArray(), striped);
        return _layout;
    }

    private sealed record Layout(
        double Width,
        double[] ColumnWidths,
        IReadOnlyList<TextLine>[] Header,
        double HeaderHeight,
        IReadOnlyList<TextLine>[][] Rows,
        double[] RowHeights,
        bool[] Striped);

    private sealed class Continuation(TableBlock owner, int firstRow) : Block
    {
        public override double SpaceAfter(Theme theme) => owner.SpaceAfter(theme);

        public override SpacePlan Plan(LayoutContext context, double width, double height, bool pageIsEmpty) =>
            owner.PlanFrom(firstRow, context, width, height, pageIsEmpty);
    }

    private sealed class TableFragment(TableBlock owner, Layout layout, int firstRow, int endRow) : Fragment
    {
        private bool First => firstRow == 0;

        private bool Last => endRow >= owner._rows.Count;

        public override double Height => layout.HeaderHeight + layout.RowHeights.Skip(firstRow).Take(endRow - firstRow).Sum();

        public override void Draw(PageCanvas canvas, XRect box)
        {
            canvas.Artifact(() => DrawDecoration(canvas, box));
            if (First)
            {
                canvas.Begin(StructureTag.Table);
                canvas.Begin(StructureTag.TableHead);
                canvas.Begin(StructureTag.TableRow);
                DrawCells(canvas, box.X, box.Y, layout.Header, owner._columns.Select(c => new TableCell(c.Header, TextStyle.TableHeader)).ToArray(), CellTags.ColumnHeaders);
                canvas.End();
                canvas.End();
                canvas.Begin(StructureTag.TableBody);
            }
            else
            {
                canvas.Artifact(() => DrawCells(canvas, box.X, box.Y, layout.Header, owner._columns.Select(c => new TableCell(c.Header, TextStyle.TableHeader)).ToArray(), CellTags.None));
            }

            var y = box.Y + layout.HeaderHeight;
            for (var row = firstRow; row < endRow; row++)
            {
                canvas.Begin(StructureTag.TableRow);
                if (owner.IsGroup(row))
                {
                    canvas.Begin(StructureTag.TableHeaderCell);
                    canvas.SetColumnSpan(owner._columns.Count);
                    canvas.SetRowScope();
                    canvas.Lines(layout.Rows[row][0], box.X + PaddingX, y + PaddingY, canvas.Theme.Accent);
                    canvas.End();
                }
                else
                {
                    DrawCells(canvas, box.X, y, layout.Rows[row], owner._rows[row], owner._rowHeaders ? CellTags.RowHeaderThenData : CellTags.Data);
                }

                canvas.End();
                y += layout.RowHeights[row];
            }

            if (Last)
            {
                canvas.End(); // TBody
                canvas.End(); // Table
            }
        }

        private void DrawDecoration(PageCanvas canvas, XRect box)
        {
            var theme = canvas.Theme;
            var g = canvas.Graphics;
            g.DrawRectangle(new XSolidBrush(theme.AccentLight), box.X, box.Y, layout.Width, layout.HeaderHeight);
            var y = box.Y + layout.HeaderHeight;
            var rulePen = new XPen(theme.Rule, 0.4);
            for (var row = firstRow; row < endRow; row++)
            {
                var height = layout.RowHeights[row];
                if (owner.IsGroup(row))
                {
                    g.DrawRectangle(new XSolidBrush(theme.GroupRow), box.X, y, layout.Width, height);
                    y += height;
                    g.DrawLine(rulePen, box.X, y, box.X + layout.Width, y);
                    continue;
                }

                if (layout.Striped[row])
                {
                    g.DrawRectangle(new XSolidBrush(theme.Stripe), box.X, y, layout.Width, height);
                }

                var x = box.X;
                for (var column = 0; column < owner._columns.Count; column++)
                {
                    if (owner._rows[row][column].Rag is { } status)
                    {
                        var lines = layout.Rows[row][column];
                        var textWidth = lines.Max(l => l.Width);
                        var chip = ChipBox(x, y, layout.ColumnWidths[column], textWidth, lines.Sum(l => l.Height), owner._columns[column].Align);
                        g.DrawRoundedRectangle(new XSolidBrush(theme.Rag(status).Fill), chip, new XSize(4, 4));
                    }

                    x += layout.ColumnWidths[column];
                }

                y += height;
                g.DrawLine(rulePen, box.X, y, box.X + layout.Width, y);
            }

            g.DrawLine(new XPen(theme.Accent, 0.9), box.X, box.Y + layout.HeaderHeight, box.X + layout.Width, box.Y + layout.HeaderHeight);
        }

        private static XRect ChipBox(double x, double y, double columnWidth, double textWidth, double textHeight, ColumnAlign align)
        {
            var width = textWidth + 6;
            var left = align switch
            {
                ColumnAlign.Right => x + columnWidth - PaddingX - width,
                ColumnAlign.Centre => x + ((columnWidth - width) / 2),
                _ => x + PaddingX,
            };
            return new XRect(left, y + PaddingY - 1, width, textHeight + 2);
        }

        private void DrawCells(PageCanvas canvas, double left, double top, IReadOnlyList<TextLine>[] cellLines, IReadOnlyList<TableCell> cells, CellTags tags)
        {
            var x = left;
            for (var column = 0; column < cells.Count; column++)
            {
                var width = layout.ColumnWidths[column];
                var align = owner._columns[column].Align;
                var cell = cells[column];
                XColor? colour = cell.Rag is { } status ? canvas.Theme.Rag(status).Text : null;
                switch (tags)
                {
                    case CellTags.ColumnHeaders:
                        canvas.Begin(StructureTag.TableHeaderCell);
                        canvas.SetColumnScope();
                        break;
                    case CellTags.RowHeaderThenData when column == 0:
                        canvas.Begin(StructureTag.TableHeaderCell);
                        canvas.SetRowScope();
                        break;
                    case CellTags.Data or CellTags.RowHeaderThenData:
                        canvas.Begin(StructureTag.TableDataCell);
                        break;
                }

                if (tags != CellTags.None && cell.Spoken is { } spoken)
                {
                    canvas.SetAlternateText(spoken);
                }

                var y = top + PaddingY;
                var inset = cell.Rag is null ? 0 : 3;
                if (cell.SectionPage is { } target)
                {
                    // A contents entry: the whole row is a link to the page its section starts on, tagged as a Link.
                    canvas.BeginLink(new XRect(left, top, layout.Width, cellLines[column][0].Height + (2 * PaddingY)), canvas.PageOfSection(target), $"Go to {target}, page {canvas.PageOfSection(target)}");
                }

                foreach (var line in cell.SectionPage is { } section ? PageNumberLine(canvas, section, cell.Style, cellLines[column][0].Height) : cellLines[column])
                {
                    var offset = align switch
                    {
                        ColumnAlign.Right => width - PaddingX - inset - line.Width,
                        ColumnAlign.Centre => (width - line.Width) / 2,
                        _ => PaddingX + inset,
                    };
                    foreach (var span in line.Spans)
                    {
                        canvas.Text(span.Text, span.Style, x + offset + span.X, y, colour);
                    }

                    y += line.Height;
                }

                if (cell.SectionPage is not null)
                {
                    canvas.End();
                }

                if (tags != CellTags.None)
                {
                    canvas.End();
                }

                x += width;
            }
        }

        private static TextLine[] PageNumberLine(PageCanvas canvas, string section, TextStyle style, double height)
        {
            var number = canvas.PageOfSection(section).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return [new TextLine([new TextSpan(number, style, 0)], canvas.Measure.Width(number, style), height)];
        }

        public override string Describe() =>
            $"table '{owner._columns[0].Header}' rows {firstRow + 1}-{endRow} of {owner._rows.Count}{(First ? string.Empty : ", header repeated")}";
    }

    /// <summary>How a row's cells are tagged.</summary>
    private enum CellTags
    {
        /// <summary>Not tagged: the header repeated on a later page is an artifact.</summary>
        None,

        /// <summary>Every cell a TH heading its column.</summary>
        ColumnHeaders,

        /// <summary>Every cell a TD.</summary>
        Data,

        /// <summary>The first cell a TH heading its row, the rest TD.</summary>
        RowHeaderThenData,
    }
}
