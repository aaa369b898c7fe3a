using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document;

/// <summary>
/// The council's commentary (Markdown, read by <see cref="CommentaryText"/> as for the HTML review)
/// as layout blocks: headings become level-3 headings, paragraphs keep bold and italic (indented
/// per block quote), lists become lists.
/// </summary>
internal static class CommentaryMarkdown
{
    /// <summary>How far a paragraph in a block quote is indented, per quote.</summary>
    private const double QuoteIndent = 14;

    public static IReadOnlyList<Layout.Block> ToBlocks(string markdown, Theme theme) =>
        CommentaryText.Parse(markdown).Select(block => block switch
        {
            CommentaryHeading heading => TextBlock.Heading(3, heading.Text, theme),
            CommentaryList list => new BulletListBlock(list.Items.Select(Runs).ToArray(), list.Ordered),
            CommentaryParagraph paragraph => (Layout.Block)TextBlock.Paragraph(Runs(paragraph.Runs), paragraph.QuoteDepth * QuoteIndent),
            _ => throw new InvalidOperationException($"No layout for {block.GetType().Name}."),
        }).ToList();

    private static IReadOnlyList<TextRun> Runs(IReadOnlyList<CommentaryRun> runs) =>
        runs.Count == 0 ? [new TextRun(string.Empty, TextStyle.Body)] : [.. runs.Select(r => new TextRun(r.Text, StyleOf(r)))];

    private static TextStyle StyleOf(CommentaryRun run) => (run.Bold, run.Italic) switch
    {
        (true, true) => TextStyle.BodyBoldItalic,
        (true, false) => TextStyle.BodyBold,
        (false, true) => TextStyle.BodyItalic,
        _ => TextStyle.Body,
    };
}
