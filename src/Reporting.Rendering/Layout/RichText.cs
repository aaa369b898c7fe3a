using System.Text;

namespace Reporting.Rendering.Layout;

/// <summary>
/// Breaks styled runs into lines that fit a width: greedy, at spaces, and inside a word only when
/// the word alone is wider than the line (long file names, URLs). Consecutive words of one style
/// become one span, so each line is drawn as few strings as possible and text extraction keeps
/// its spaces.
/// </summary>
internal static class RichText
{
    public static IReadOnlyList<TextLine> Break(IReadOnlyList<TextRun> runs, double width, LayoutContext context)
    {
        var theme = context.Theme;
        var measure = context.Measure;
        var lines = new List<TextLine>();
        var spans = new List<TextSpan>();
        var current = new StringBuilder();
        var currentStyle = TextStyle.Body;
        double currentX = 0;
        double lineWidth = 0;
        double lineHeight = 0;
        var pendingSpace = false;

        void FlushSpan()
        {
            if (current.Length > 0)
            {
                spans.Add(new TextSpan(current.ToString(), currentStyle, currentX));
                current.Clear();
            }
        }

        void FlushLine(TextStyle style, bool wrapped = false)
        {
            if (wrapped && current.Length > 0)
            {
                // An invisible trailing space: text extraction and screen readers then keep the
                // gap between the last word of this line and the first of the next.
                current.Append(' ');
            }

            FlushSpan();
            lines.Add(new TextLine(spans.ToArray(), lineWidth, lineHeight > 0 ? lineHeight : theme.LineHeight(style)));
            spans.Clear();
            lineWidth = 0;
            lineHeight = 0;
            pendingSpace = false;
        }

        void Append(string word, TextStyle style, double wordWidth)
        {
            var spaceWidth = pendingSpace && lineWidth > 0 ? measure.Width(" ", style) : 0;
            if (current.Length == 0 || style != currentStyle)
            {
                FlushSpan();
                currentStyle = style;
                currentX = lineWidth + spaceWidth;
                if (spaceWidth > 0 && spans.Count > 0)
                {
                    // The space belongs to the new span, so extracted text keeps the word gap.
                    current.Append(' ');
                    currentX = lineWidth;
                }
            }
            else if (spaceWidth > 0)
            {
                current.Append(' ');
            }

            current.Append(word);
            lineWidth += spaceWidth + wordWidth;
            lineHeight = Math.Max(lineHeight, theme.LineHeight(style));
            pendingSpace = false;
        }

        var lastStyle = runs.Count > 0 ? runs[0].Style : TextStyle.Body;
        foreach (var run in runs)
        {
            lastStyle = run.Style;
            var paragraphs = run.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (var p = 0; p < paragraphs.Length; p++)
            {
                if (p > 0)
                {
                    FlushLine(run.Style);
                }

                var text = paragraphs[p];
                if (text.Length > 0 && char.IsWhiteSpace(text[0]))
                {
                    pendingSpace = true;
                }

                foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    var wordWidth = measure.Width(word, run.Style);
                    var spaceWidth = pendingSpace && lineWidth > 0 ? measure.Width(" ", run.Style) : 0;
                    if (lineWidth > 0 && lineWidth + spaceWidth + wordWidth > width)
                    {
                        FlushLine(run.Style, wrapped: true);
                    }

                    if (wordWidth > width)
                    {
                        foreach (var piece in SplitLongWord(word, run.Style, width, measure))
                        {
                            if (lineWidth > 0)
                            {
                                FlushLine(run.Style);
                            }

                            Append(piece, run.Style, measure.Width(piece, run.Style));
                        }
                    }
                    else
                    {
                        Append(word, run.Style, wordWidth);
                    }

                    pendingSpace = true;
                }

                if (text.Length > 0 && !char.IsWhiteSpace(text[^1]))
                {
                    pendingSpace = false;
                }
            }
        }

        if (spans.Count > 0 || current.Length > 0 || lines.Count == 0)
        {
            FlushLine(lastStyle);
        }

        return lines;
    }

    private static IEnumerable<string> SplitLongWord(string word, TextStyle style, double width, ITextMeasure measure)
    {
        var start = 0;
        while (start < word.Length)
        {
            var from = start;
            var length = TextFit.LongestFitting(word.Length - start, n => measure.Width(word.Substring(from, n), style) <= width);

            // Prefer breaking after a path or name separator ("2017-18-Q2/ssda903/episodes.csv").
            if (start + length < word.Length)
            {
                var separator = word.LastIndexOfAny(['/', '\\', '-', '_', '.'], start + length - 1, length - 1);
                if (separator > start)
                {
                    length = separator - start + 1;
                }
            }

            yield return word.Substring(start, length);
            start += length;
        }
    }
}
