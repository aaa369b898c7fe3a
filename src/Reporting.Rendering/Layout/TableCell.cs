using Reporting.Domain.Comparison;

namespace Reporting.Rendering.Layout;

/// <summary>
/// A cell: text (wrapped to the column), its style, for RAG cells the status whose chip is drawn
/// behind the word, and an optional detail printed on its own line below in the plain body style
/// (the counts behind a percentage, a target's tolerance).
/// </summary>
internal sealed record TableCell(string Text, TextStyle Style = TextStyle.TableBody, RagStatus? Rag = null, string? Detail = null)
{
    /// <summary>How the documents print a missing figure in a table: short enough for a narrow column.</summary>
    public const string NotAvailable = Reporting.Pipeline.Composition.ReportComposer.NotAvailableText;

    public static implicit operator TableCell(string text) => new(text);

    /// <summary>What a screen reader says instead of the printed text: "not available" for "n/a", never the letters.</summary>
    public string? Spoken => Text == NotAvailable && Detail is null ? "not available" : null;

    /// <summary>The contents page's cell for the page <see cref="SectionPage"/> starts on.</summary>
    public static TableCell PageOf(string section) => new(PagePlaceholder) { SectionPage = section };

    /// <summary>
    /// For a contents entry, the section whose page number the cell prints. The number is known only
    /// once the whole document is laid out, so layout measures the cell as <see cref="PagePlaceholder"/>
    /// (one line, the height of any page number) and drawing prints the number.
    /// </summary>
    public string? SectionPage { get; init; }

    private const string PagePlaceholder = "999";

    public IReadOnlyList<TextRun> Runs => Detail is null ? TextRun.Plain(Text, Style) : [new(Text, Style), new("\n" + Detail, TextStyle.TableBody)];
}
