using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reporting.Pipeline.Composition;

/// <summary>A run of commentary text, bold and/or italic; "\n" where the writer broke the line.</summary>
public sealed record CommentaryRun(string Text, bool Bold = false, bool Italic = false);

/// <summary>A paragraph, a list (items are run sequences) or a heading of the council's commentary.</summary>
public abstract record CommentaryBlock;

/// <summary>A paragraph; <paramref name="QuoteDepth"/> is how many block quotes it sits in.</summary>
public sealed record CommentaryParagraph(IReadOnlyList<CommentaryRun> Runs, int QuoteDepth = 0) : CommentaryBlock;

public sealed record CommentaryList(IReadOnlyList<IReadOnlyList<CommentaryRun>> Items, bool Ordered) : CommentaryBlock;

public sealed record CommentaryHeading(string Text) : CommentaryBlock;

/// <summary>
/// The council's commentary (Markdown) read once for every renderer, the PDF and the HTML review:
/// paragraphs keep bold and italic, lists stay lists (a nested list's items follow their item, each
/// on a new line after a dash), headings are headings. Nothing is executed or interpreted beyond
/// that: raw HTML comes back as the literal text it is (Markdig's HTML is disabled), links give
/// their text and address, images their description.
/// </summary>
public static class CommentaryText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static IReadOnlyList<CommentaryBlock> Parse(string? markdown)
    {
        var blocks = new List<CommentaryBlock>();
        if (!string.IsNullOrWhiteSpace(markdown))
        {
            foreach (var block in Markdown.Parse(markdown, Pipeline))
            {
                Add(block, blocks, quoteDepth: 0);
            }
        }

        return blocks;
    }

    private static void Add(Block block, List<CommentaryBlock> blocks, int quoteDepth)
    {
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(new CommentaryHeading(string.Concat(Runs(heading.Inline).Select(r => r.Text))));
                break;
            case ParagraphBlock paragraph:
                blocks.Add(new CommentaryParagraph(Runs(paragraph.Inline), quoteDepth));
                break;
            case ListBlock list:
                var items = list.OfType<ListItemBlock>().Select(ItemRuns).ToArray();
                if (items.Length > 0)
                {
                    blocks.Add(new CommentaryList(items, list.IsOrdered));
                }

                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    Add(child, blocks, quoteDepth + 1);
                }

                break;
            case CodeBlock code:
                blocks.Add(new CommentaryParagraph([new CommentaryRun(LinesOf(code))], quoteDepth));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Add(child, blocks, quoteDepth);
                }

                break;
            case LeafBlock leaf when leaf is not ThematicBreakBlock && LinesOf(leaf) is { Length: > 0 } text:
                blocks.Add(new CommentaryParagraph([new CommentaryRun(text)], quoteDepth));
                break;
        }
    }

    /// <summary>A list item's paragraphs as one run sequence, each on a new line; a nested list's items follow, each after a dash.</summary>
    private static IReadOnlyList<CommentaryRun> ItemRuns(ListItemBlock item)
    {
        var runs = new List<CommentaryRun>();
        foreach (var child in item)
        {
            if (runs.Count > 0)
            {
                runs.Add(new CommentaryRun("\n"));
            }

            switch (child)
            {
                case ParagraphBlock paragraph:
                    runs.AddRange(Runs(paragraph.Inline));
                    break;
                case ListBlock nested:
                    runs.Add(new CommentaryRun(string.Join("\n", nested.OfType<ListItemBlock>().Select(i => "– " + string.Concat(ItemRuns(i).Select(r => r.Text))))));
                    break;
                case LeafBlock leaf:
                    runs.Add(new CommentaryRun(LinesOf(leaf)));
                    break;
            }
        }

        return runs;
    }

    private static List<CommentaryRun> Runs(ContainerInline? inline)
    {
        var runs = new List<CommentaryRun>();
        Collect(inline, false, false, runs);
        return runs;
    }

    private static void Collect(Inline? inline, bool bold, bool italic, List<CommentaryRun> runs)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                runs.Add(new CommentaryRun(literal.Content.ToString(), bold, italic));
                break;
            case CodeInline code:
                runs.Add(new CommentaryRun(code.Content, bold, italic));
                break;
            case LineBreakInline lineBreak:
                runs.Add(new CommentaryRun(lineBreak.IsHard ? "\n" : " ", bold, italic));
                break;
            case HtmlInline html:
                runs.Add(new CommentaryRun(html.Tag, bold, italic));
                break;
            case HtmlEntityInline entity:
                runs.Add(new CommentaryRun(entity.Transcoded.ToString(), bold, italic));
                break;
            case AutolinkInline autolink:
                runs.Add(new CommentaryRun(autolink.Url, bold, italic));
                break;
            case LinkInline link:
                var first = runs.Count;
                foreach (var child in link)
                {
                    Collect(child, bold, italic, runs);
                }

                var text = string.Concat(runs.Skip(first).Select(r => r.Text));
                if (link.IsImage)
                {
                    runs.RemoveRange(first, runs.Count - first);
                    runs.Add(new CommentaryRun("[image: " + text + "]", bold, italic));
                }
                else if (!string.IsNullOrEmpty(link.Url) && text != link.Url)
                {
                    runs.Add(new CommentaryRun($" ({link.Url})", bold, italic));
                }

                break;
            case EmphasisInline emphasis:
                foreach (var child in emphasis)
                {
                    Collect(child, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount < 2, runs);
                }

                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Collect(child, bold, italic, runs);
                }

                break;
            default:
                runs.Add(new CommentaryRun(inline.ToString() ?? string.Empty, bold, italic));
                break;
        }
    }

    private static string LinesOf(LeafBlock leaf) =>
        string.Join("\n", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.Slice.ToString()));
}
