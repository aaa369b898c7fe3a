using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document;

/// <summary>
/// Turns the council's commentary (Markdown) into blocks: headings become level-3 headings,
/// paragraphs keep bold and italic, lists become lists. Nothing is executed or interpreted
/// beyond that: raw HTML is printed as the literal text it is, links print their text and
/// address, images print their description.
/// </summary>
internal static class CommentaryMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static IReadOnlyList<Layout.Block> ToBlocks(string markdown, Theme theme)
    {
        var blocks = new List<Layout.Block>();
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var block in document)
        {
            AddBlock(block, blocks, theme, indent: 0);
        }

        return blocks;
    }

    private static void AddBlock(Markdig.Syntax.Block block, List<Layout.Block> blocks, Theme theme, double indent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(TextBlock.Heading(3, PlainText(heading.Inline), theme));
                break;
            case ParagraphBlock paragraph:
                blocks.Add(TextBlock.Paragraph(Runs(paragraph.Inline, TextStyle.Body), indent));
                break;
            case ListBlock list:
                var items = list.OfType<ListItemBlock>().Select(item => ItemRuns(item)).ToArray();
                if (items.Length > 0)
                {
                    blocks.Add(new BulletListBlock(items, list.IsOrdered));
                }

                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    AddBlock(child, blocks, theme, indent + 14);
                }

                break;
            case CodeBlock code:
                blocks.Add(TextBlock.Paragraph([new TextRun(LinesOf(code), TextStyle.Body)], indent));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddBlock(child, blocks, theme, indent);
                }

                break;
            case LeafBlock leaf when leaf is not ThematicBreakBlock:
                var text = LinesOf(leaf);
                if (text.Length > 0)
                {
                    blocks.Add(TextBlock.Paragraph([new TextRun(text, TextStyle.Body)], indent));
                }

                break;
        }
    }

    /// <summary>A list item's paragraphs (and nested lists) as one run sequence, nested items on new lines.</summary>
    private static IReadOnlyList<TextRun> ItemRuns(ListItemBlock item)
    {
        var runs = new List<TextRun>();
        foreach (var child in item)
        {
            if (runs.Count > 0)
            {
                runs.Add(new TextRun("\n", TextStyle.Body));
            }

            switch (child)
            {
                case ParagraphBlock paragraph:
                    runs.AddRange(Runs(paragraph.Inline, TextStyle.Body));
                    break;
                case ListBlock nested:
                    var lines = nested.OfType<ListItemBlock>().Select(i => "– " + string.Concat(ItemRuns(i).Select(r => r.Text)));
                    runs.Add(new TextRun(string.Join("\n", lines), TextStyle.Body));
                    break;
                case LeafBlock leaf:
                    runs.Add(new TextRun(LinesOf(leaf), TextStyle.Body));
                    break;
            }
        }

        return runs;
    }

    private static IReadOnlyList<TextRun> Runs(ContainerInline? inline, TextStyle style)
    {
        var runs = new List<TextRun>();
        Collect(inline, style, runs);
        return runs.Count == 0 ? [new TextRun(string.Empty, style)] : runs;
    }

    private static void Collect(Inline? inline, TextStyle style, List<TextRun> runs)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                runs.Add(new TextRun(literal.Content.ToString(), style));
                break;
            case CodeInline code:
                runs.Add(new TextRun(code.Content, style));
                break;
            case LineBreakInline lineBreak:
                runs.Add(new TextRun(lineBreak.IsHard ? "\n" : " ", style));
                break;
            case HtmlInline html:
                runs.Add(new TextRun(html.Tag, style));
                break;
            case HtmlEntityInline entity:
                runs.Add(new TextRun(entity.Transcoded.ToString(), style));
                break;
            case AutolinkInline autolink:
                runs.Add(new TextRun(autolink.Url, style));
                break;
            case LinkInline { IsImage: true } image:
                runs.Add(new TextRun("[image: " + ChildText(image) + "]", style));
                break;
            case LinkInline link:
                var first = runs.Count;
                CollectChildren(link, style, runs);
                var linkText = string.Concat(runs.Skip(first).Select(r => r.Text));
                if (!string.IsNullOrEmpty(link.Url) && linkText != link.Url)
                {
                    runs.Add(new TextRun($" ({link.Url})", style));
                }

                break;
            case EmphasisInline emphasis:
                var emphasised = emphasis.DelimiterCount >= 2 ? Bold(style) : Italic(style);
                CollectChildren(emphasis, emphasised, runs);
                break;
            case ContainerInline container:
                CollectChildren(container, style, runs);
                break;
            default:
                runs.Add(new TextRun(inline.ToString() ?? string.Empty, style));
                break;
        }
    }

    private static void CollectChildren(ContainerInline container, TextStyle style, List<TextRun> runs)
    {
        foreach (var child in container)
        {
            Collect(child, style, runs);
        }
    }

    /// <summary>Adds bold to a style, keeping italic: **bold** inside *italic* (or the reverse) is both.</summary>
    private static TextStyle Bold(TextStyle style) => style is TextStyle.BodyItalic or TextStyle.BodyBoldItalic ? TextStyle.BodyBoldItalic : TextStyle.BodyBold;

    /// <summary>Adds italic to a style, keeping bold.</summary>
    private static TextStyle Italic(TextStyle style) => style is TextStyle.BodyBold or TextStyle.BodyBoldItalic ? TextStyle.BodyBoldItalic : TextStyle.BodyItalic;

    private static string PlainText(ContainerInline? inline)
    {
        var runs = new List<TextRun>();
        Collect(inline, TextStyle.Body, runs);
        return string.Concat(runs.Select(r => r.Text));
    }

    private static string ChildText(ContainerInline inline)
    {
        var runs = new List<TextRun>();
        CollectChildren(inline, TextStyle.Body, runs);
        return string.Concat(runs.Select(r => r.Text));
    }

    private static string LinesOf(LeafBlock leaf)
    {
        var text = new StringBuilder();
        foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count))
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(line.Slice.ToString());
        }

        return text.ToString();
    }
}
