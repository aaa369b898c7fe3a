using Reporting.Domain;
using PdfSharp.Drawing;

namespace Reporting.Rendering.Layout;

/// <summary>
/// A heading or a paragraph of wrapped, styled text. Headings keep with the next block and never
/// split; paragraphs split between lines, leaving at least two lines on each page (no orphans or
/// widows) when they have four or more.
/// </summary>
internal sealed class TextBlock : Block
{
    private const int MinimumLinesPerPart = 2;

    private readonly IReadOnlyList<TextRun> _runs;
    private readonly StructureTag _tag;
    private readonly double _indent;
    private readonly double _spaceBefore;
    private readonly double? _spaceAfter;
    private readonly XColor? _colour;
    private readonly bool _keepWithNext;
    private (double Width, IReadOnlyList<TextLine> Lines)? _cache;

    public TextBlock(IReadOnlyList<TextRun> runs, StructureTag tag, double indent = 0, double spaceBefore = 0, double? spaceAfter = null, XColor? colour = null, bool keepWithNext = false)
    {
        _keepWithNext = keepWithNext;
        _runs = runs;
        _tag = tag;
        _indent = indent;
        _spaceBefore = spaceBefore;
        _spaceAfter = spaceAfter;
        _colour = colour;
    }

    public static TextBlock Heading(int level, string text, Theme theme) => level switch
    {
        1 => new TextBlock(TextRun.Plain(text, TextStyle.Heading1), StructureTag.Heading1, spaceAfter: 8, colour: theme.Accent),
        2 => new TextBlock(TextRun.Plain(text, TextStyle.Heading2), StructureTag.Heading2, spaceBefore: 6, spaceAfter: 5, colour: theme.Accent),
        _ => new TextBlock(TextRun.Plain(text, TextStyle.Heading3), StructureTag.Heading3, spaceBefore: 3, spaceAfter: 3),
    };

    public static TextBlock Paragraph(string text, TextStyle style = TextStyle.Body, XColor? colour = null) =>
        new(TextRun.Plain(text, style), StructureTag.Paragraph, colour: colour);

    public static TextBlock Paragraph(IReadOnlyList<TextRun> runs, double indent = 0) => new(runs, StructureTag.Paragraph, indent);

    public bool IsHeading => _tag is StructureTag.Heading1 or StructureTag.Heading2 or StructureTag.Heading3;

    public override bool KeepWithNext => IsHeading || _keepWithNext;

    public override double SpaceAfter(Theme theme) => _spaceAfter ?? theme.BlockGap;

    public string PlainText => string.Concat(_runs.Select(r => r.Text));

    public IReadOnlyList<TextRun> Runs => _runs;

    public override SpacePlan Plan(LayoutContext context, double width, double height, bool pageIsEmpty)
    {
        var lines = LinesFor(width - _indent, context);
        var spaceBefore = pageIsEmpty ? 0 : _spaceBefore;
        var total = spaceBefore + lines.Sum(l => l.Height);
        if (total <= height + 0.01)
        {
            return SpacePlan.Full(new TextFragment(this, lines, 0, lines.Count, spaceBefore, true, true));
        }

        return Split(lines, 0, height - spaceBefore, pageIsEmpty, spaceBefore, opens: true);
    }

    private SpacePlan Split(IReadOnlyList<TextLine> lines, int start, double height, bool pageIsEmpty, double spaceBefore, bool opens)
    {
        var fitting = 0;
        double used = 0;
        while (start + fitting < lines.Count && used + lines[start + fitting].Height <= height + 0.01)
        {
            used += lines[start + fitting].Height;
            fitting++;
        }

        var remaining = lines.Count - start;
        if (!IsHeading && remaining >= 2 * MinimumLinesPerPart)
        {
            fitting = Math.Min(fitting, remaining - MinimumLinesPerPart);
            if (fitting < MinimumLinesPerPart)
            {
                fitting = 0;
            }
        }

        if (IsHeading || fitting == 0)
        {
            if (!pageIsEmpty)
            {
                return SpacePlan.Wrap(IsHeading ? "a heading does not split" : "fewer than two lines fit");
            }

            fitting = Math.Max(1, fitting);
            if (IsHeading)
            {
                return SpacePlan.Full(new TextFragment(this, lines, start, lines.Count - start, spaceBefore, opens, true));
            }
        }

        var fragment = new TextFragment(this, lines, start, fitting, spaceBefore, opens, false);
        return SpacePlan.Partial(fragment, new Continuation(this, lines, start + fitting));
    }

    private IReadOnlyList<TextLine> LinesFor(double width, LayoutContext context)
    {
        if (_cache is { } cached && Math.Abs(cached.Width - width) < 0.001)
        {
            return cached.Lines;
        }

        var lines = RichText.Break(_runs, width, context);
        _cache = (width, lines);
        return lines;
    }

    /// <summary>The lines of a paragraph still to place after a page break.</summary>
    private sealed class Continuation(TextBlock owner, IReadOnlyList<TextLine> lines, int start) : Block
    {
        public override double SpaceAfter(Theme theme) => owner.SpaceAfter(theme);

        public override SpacePlan Plan(LayoutContext context, double width, double height, bool pageIsEmpty)
        {
            var rest = lines.Skip(start).Sum(l => l.Height);
            return rest <= height + 0.01
                ? SpacePlan.Full(new TextFragment(owner, lines, start, lines.Count - start, 0, false, true))
                : owner.Split(lines, start, height, pageIsEmpty, 0, opens: false);
        }
    }

    private sealed class TextFragment(TextBlock owner, IReadOnlyList<TextLine> lines, int start, int count, double spaceBefore, bool opens, bool closes) : Fragment
    {
        public override double Height => spaceBefore + lines.Skip(start).Take(count).Sum(l => l.Height);

        public override void Draw(PageCanvas canvas, XRect box)
        {
            if (opens)
            {
                canvas.Begin(owner._tag);
            }

            canvas.Lines(lines.Skip(start).Take(count).ToArray(), box.X + owner._indent, box.Y + spaceBefore, owner._colour);
            if (closes)
            {
                canvas.End();
            }
        }

        public override PageHeading? Heading => (opens, owner._tag) switch
        {
            (true, StructureTag.Heading1) => new PageHeading(1, Title()),
            (true, StructureTag.Heading2) => new PageHeading(2, Title()),
            _ => null,
        };

        private string Title() => string.Join(" ", lines.Select(l => l.PlainText.Trim()));

        public override string Describe() =>
            $"{owner._tag} lines {start + 1}-{start + count} of {lines.Count}: \"{Excerpt.Shorten(lines[start].PlainText)}\"";
    }
}
