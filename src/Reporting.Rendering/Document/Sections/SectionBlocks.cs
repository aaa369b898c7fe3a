using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document.Sections;

/// <summary>
/// The review's blocks in order, as its sections compose them (QuestPDF's container, in our layout
/// layer): each section adds its headings, paragraphs, tables and figures in the document's theme.
/// </summary>
internal sealed class SectionBlocks(Theme theme)
{
    private readonly List<Block> _blocks = [];

    public Theme Theme => theme;

    /// <summary>How many blocks there are so far: where a group to keep together starts.</summary>
    public int Count => _blocks.Count;

    public void Add(Block block) => _blocks.Add(block);

    public void Heading(int level, string text) => Add(TextBlock.Heading(level, text, theme));

    public void Paragraph(string text, TextStyle style = TextStyle.Body) => Add(TextBlock.Paragraph(text, style));

    /// <summary>The council's Markdown (commentary, context, contact) as blocks.</summary>
    public void Markdown(string markdown) => _blocks.AddRange(CommentaryMarkdown.ToBlocks(markdown, theme));

    /// <summary>Replaces the blocks added since <paramref name="start"/> by one group the paginator keeps on a page.</summary>
    public void KeepTogetherFrom(int start)
    {
        var kept = _blocks.GetRange(start, _blocks.Count - start);
        _blocks.RemoveRange(start, kept.Count);
        Add(new KeepTogether(kept));
    }

    public IReadOnlyList<Block> ToArray() => [.. _blocks];
}
