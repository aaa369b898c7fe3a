namespace Reporting.Rendering.Layout;

/// <summary>One laid-out line: its spans, the width they use and the line's height.</summary>
internal sealed record TextLine(IReadOnlyList<TextSpan> Spans, double Width, double Height)
{
    public string PlainText => string.Concat(Spans.Select(s => s.Text));
}
