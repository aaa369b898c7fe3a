using PdfSharp.Drawing;

namespace Reporting.Rendering.Layout;

/// <summary>
/// A bulleted (or numbered) list. It splits between items, never inside one (unless an item is
/// taller than a page). Tagged L / LI / Lbl / LBody.
/// </summary>
internal sealed class BulletListBlock : Block
{
    private const double LabelWidth = 14;
    private const double ItemGap = 2;

    private readonly IReadOnlyList<IReadOnlyList<TextRun>> _items;
    private readonly bool _numbered;
    private (double Width, IReadOnlyList<TextLine>[] Lines)? _cache;

    public BulletListBlock(IReadOnlyList<IReadOnlyList<TextRun>> items, bool numbered = false)
    {
        _items = items;
        _numbered = numbered;
    }

    public static BulletListBlock Of(IEnumerable<string> items, TextStyle style = TextStyle.Body, bool numbered = false) =>
        new(items.Select(i => TextRun.Plain(i, style)).ToArray(), numbered);

    public override SpacePlan Plan(LayoutContext context, double width, double height, bool pageIsEmpty) =>
        PlanFrom(0, context, width, height, pageIsEmpty);

    private SpacePlan PlanFrom(int first, LayoutContext context, double width, double height, bool pageIsEmpty)
    {
        var lines = LinesFor(width, context);
        double used = 0;
        var end = first;
        while (end < _items.Count && used + ItemHeight(lines[end]) <= height + 0.01)
        {
            used += ItemHeight(lines[end]);
            end++;
        }

        if (end == first && _items.Count > 0)
        {
            if (!pageIsEmpty)
            {
                return SpacePlan.Wrap("the next item does not fit");
            }

            end = first + 1;
        }

        var fragment = new ListFragment(this, lines, first, end);
        return end >= _items.Count ? SpacePlan.Full(fragment) : SpacePlan.Partial(fragment, new Continuation(this, end));
    }

    private static double ItemHeight(IReadOnlyList<TextLine> lines) => lines.Sum(l => l.Height) + ItemGap;

    private string Label(int index) => _numbered ? $"{index + 1}." : "•";

    private IReadOnlyList<TextLine>[] LinesFor(double width, LayoutContext context)
    {
        if (_cache is { } cached && Math.Abs(cached.Width - width) < 0.001)
        {
            return cached.Lines;
        }

        var lines = _items.Select(item => RichText.Break(item, width - LabelWidth, context)).ToArray();
        _cache = (width, lines);
        return lines;
    }

    private sealed class Continuation(BulletListBlock owner, int first) : Block
    {
        public override SpacePlan Plan(LayoutContext context, double width, double height, bool pageIsEmpty) =>
            owner.PlanFrom(first, context, width, height, pageIsEmpty);
    }

    private sealed class ListFragment(BulletListBlock owner, IReadOnlyList<TextLine>[] lines, int first, int end) : Fragment
    {
        public override double Height => lines.Skip(first).Take(end - first).Sum(ItemHeight);

        public override void Draw(PageCanvas canvas, XRect box)
        {
            if (first == 0)
            {
                canvas.Begin(StructureTag.List);
            }

            var y = box.Y;
            for (var i = first; i < end; i++)
            {
                var style = lines[i].Count > 0 && lines[i][0].Spans.Count > 0 ? lines[i][0].Spans[0].Style : TextStyle.Body;
                canvas.Begin(StructureTag.ListItem);
                canvas.Begin(StructureTag.ListLabel);
                canvas.Text(owner.Label(i), style, box.X + 2, y, canvas.Theme.Accent);
                canvas.End();
                canvas.Begin(StructureTag.ListBody);
                canvas.Lines(lines[i], box.X + LabelWidth, y);
                canvas.End();
                canvas.End();
                y += ItemHeight(lines[i]);
            }

            if (end >= owner._items.Count)
            {
                canvas.End();
            }
        }

        public override string Describe() => $"list items {first + 1}-{end} of {owner._items.Count}";
    }
}
