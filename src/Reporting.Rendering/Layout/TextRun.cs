namespace Reporting.Rendering.Layout;

/// <summary>A stretch of text in one style. Newlines in <see cref="Text"/> are hard line breaks.</summary>
internal sealed record TextRun(string Text, TextStyle Style)
{
    public static IReadOnlyList<TextRun> Plain(string text, TextStyle style = TextStyle.Body) => [new(text, style)];
}
