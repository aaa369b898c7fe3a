using System.Buffers;
using System.Globalization;
using System.Text;
using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// Text the documents print as the council wrote it (commentary, actions, the context, the council's
/// name). A child's identifier, date of birth or postcode in it (<see cref="ChildDetails.Find"/>) is an
/// error naming the line and what to change, never quoting it, and such an error withholds the run:
/// unlike a figure, a child's details cannot be taken out of a document by leaving a value "not available".
/// Control characters (C0 and C1 but tab and line feed, DEL; a carriage return outside a CRLF line end too) and the bidirectional embeddings,
/// overrides and isolates (U+202A to U+202E, U+2066 to U+2069) are removed with a warning before any
/// of it reaches a document: they are invisible, and an override makes a document show text in
/// another order than it holds.
/// </summary>
public static class FreeText
{
    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c))
        + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>The rule for a table cell of free text that holds control or override characters (the row is left out).</summary>
    public const string ControlCharactersRule = "holds invisible control characters (or a right-to-left override, which makes a document show words in another order than they are written): retype it from a plain text editor";

    /// <summary>True when <paramref name="text"/> holds a character <see cref="WithoutControlCharacters"/> removes.</summary>
    public static bool HasControlCharacters(string text) => text.AsSpan().ContainsAny(Invisible);

    /// <summary>
    /// <paramref name="text"/> (with CRLF line ends already made LF) without control and bidirectional-override characters, with one warning
    /// for the file naming the first line that held any and which characters (as U+ codes) were removed.
    /// </summary>
    public static string WithoutControlCharacters(string file, string text, FindingList findings)
    {
        var at = text.AsSpan().IndexOfAny(Invisible);
        if (at < 0)
        {
            return text;
        }

        var line = text.AsSpan(0, at).Count('\n') + 1;
        var kept = new StringBuilder(text.Length);
        var removed = new SortedSet<char>();
        foreach (var c in text)
        {
            if (Invisible.Contains(c))
            {
                removed.Add(c);
            }
            else
            {
                kept.Append(c);
            }
        }

        var codes = string.Join(", ", removed.Take(5).Select(c => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}")));
        var overrides = removed.Any(c => c >= '\u2000') ? " (a right-to-left or left-to-right override makes a document show words in another order than they are written)" : string.Empty;
        findings.Add(Finding.Warning(file,
            $"The text holds invisible control characters, first on line {line}: they are removed, so the documents never show or act on them{overrides}. Retype the text from a plain text editor if it reads wrongly.",
            line, value: codes));
        return kept.ToString();
    }

    /// <summary>What to say about free text that seems to hold <paramref name="kind"/>: what to change, and that the run waits for it.</summary>
    public static string Rule(string kind) =>
        $"seems to contain {kind}: the documents {ChildDetails.InFreeText}, so nothing is published until it is changed. Remove it, or reword it if it is not one (it is not quoted here)";

    /// <summary>Adds an error for <paramref name="text"/> at <paramref name="line"/> when it seems to hold a child's details; true when it does.</summary>
    public static bool Check(string file, string text, int line, FindingList findings)
    {
        if (ChildDetails.Find(text) is not { } kind)
        {
            return false;
        }

        findings.Add(Finding.Error(file, $"Line {line} {Rule(kind)}.", line));
        return true;
    }

    /// <summary>Checks every line of <paramref name="text"/> (lines numbered from 1); true when any seems to hold a child's details.</summary>
    public static bool CheckLines(string file, string text, FindingList findings)
    {
        var found = false;
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            found |= Check(file, line, ++number, findings);
        }

        return found;
    }

    /// <summary>Whether the findings hold an error about a child's details in free text, which withholds the run.</summary>
    public static bool IdentifiesAChild(IEnumerable<Finding> findings) =>
        findings.Any(f => f.Severity == Severity.Error && f.Rule.Contains(ChildDetails.InFreeText, StringComparison.Ordinal));
}
