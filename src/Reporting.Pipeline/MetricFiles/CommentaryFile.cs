using System.Globalization;
using System.Text.RegularExpressions;
using Reporting.Domain;
using Reporting.Domain.Findings;
using Reporting.Pipeline.Composition;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// <c>commentary.md</c>: the council's narrative. <c>## Priority N</c> sections (N = 1..9) hold the
/// commentary on each priority; <c>## Summary</c> and <c>## Risks</c> are optional. The text stays
/// Markdown source here; renderers escape it and never execute it.
/// </summary>
public static partial class CommentaryFile
{
    public const string FileName = "commentary.md";

    /// <summary>The most text the documents take: far beyond nine priorities' narrative, short of one that would take minutes to lay out.</summary>
    public const int MaxCharacters = 200_000;

    /// <summary>How deep quotes and lists may nest on a line; deeper markers are flattened to this depth.</summary>
    public const int MaxNesting = 4;

    /// <summary>The deepest indentation kept (two spaces per list level): deeper lines would nest lists past what a document can show.</summary>
    public const int MaxIndent = 2 * MaxNesting;

    /// <summary>A word longer than this is broken across lines in the documents.</summary>
    public const int MaxWordLength = 80;

    public static CommentarySections Read(InputFile file, FindingList findings)
    {
        if (file.Utf8Text() is not { } text)
        {
            findings.Add(Finding.Error(file.Name, "The commentary is not UTF-8 text; save it as UTF-8 and upload it again."));
            return CommentarySections.Empty;
        }

        if (text.Length > MaxCharacters)
        {
            findings.Add(Finding.Error(file.Name, string.Create(CultureInfo.InvariantCulture,
                $"The commentary is {text.Length:N0} characters long, more than the {MaxCharacters:N0} the documents take, so it is not used. Shorten it (each priority's narrative is usually a few paragraphs).")));
            return CommentarySections.Empty;
        }

        string? summary = null, risks = null;
        var priorities = new Dictionary<int, string>();
        var lines = FreeText.WithoutControlCharacters(file.Name, text.Replace("\r\n", "\n", StringComparison.Ordinal), findings).Split('\n');
        string? current = null;
        var body = new List<string>();
        var lineNumber = 0;
        var headingLine = 0;

        void Flush()
        {
            var content = string.Join('\n', body).Trim();
            body.Clear();
            if (current is null || content.Length == 0)
            {
                return;
            }

            if (current == "summary")
            {
                summary = content;
            }
            else if (current == "risks")
            {
                risks = content;
            }
            else if (!priorities.TryAdd(int.Parse(current, CultureInfo.InvariantCulture), content))
            {
                findings.Add(Finding.Warning(file.Name, $"Priority {current} has a second section; only the first is used. Merge them into one.", headingLine, null, $"## Priority {current}"));
            }
        }

        var limits = new LineLimits(file.Name, findings);
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = limits.Check(raw, lineNumber);
            if (!line.StartsWith("## ", StringComparison.Ordinal))
            {
                body.Add(line);
                continue;
            }

            Flush();
            headingLine = lineNumber;
            var heading = line[3..].Trim();
            var match = PriorityHeading().Match(heading);
            current = match.Success ? match.Groups[1].Value
                : heading.Equals("Summary", StringComparison.OrdinalIgnoreCase) ? "summary"
                : heading.Equals("Risks", StringComparison.OrdinalIgnoreCase) ? "risks"
                : null;
            if (current is null)
            {
                findings.Add(Finding.Warning(file.Name, "Sections are '## Priority 1' to '## Priority 9', '## Summary' and '## Risks'; this section is not printed.", lineNumber, null, Excerpt.Shorten(heading)));
            }
        }

        Flush();
        return new CommentarySections(summary, risks, priorities);
    }

    /// <summary>Per-line limits and checks: nesting and long words, each reported once per file at its first line; a child's details, an error on every line that has them.</summary>
    private sealed class LineLimits(string file, FindingList findings)
    {
        private readonly HashSet<string> _reported = [];

        public string Check(string line, int lineNumber)
        {
            var (depth, markersEnd, cut) = Nesting(line);
            if (depth > MaxNesting)
            {
                Once("nesting", lineNumber, $"Quotes or lists are nested {depth} deep here; the documents show at most {MaxNesting} levels, so the deeper markers are dropped.");
                line = line[..cut] + line[markersEnd..];
            }

            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            if (line[..indent].Sum(c => c == '\t' ? 4 : 1) > MaxIndent)
            {
                Once("indent", lineNumber, $"This line is indented more than {MaxIndent} spaces; the documents nest lists at most {MaxNesting} levels deep, so the indentation is reduced.");
                line = new string(' ', MaxIndent) + line[indent..];
            }

            if (LongestWord(line) > MaxWordLength)
            {
                Once("word", lineNumber, $"A word (or address) here is longer than {MaxWordLength} characters: the documents break it across lines. Check it is meant to be one word.");
            }

            FreeText.Check(file, line, lineNumber, findings);

            return line;
        }

        private void Once(string key, int lineNumber, string rule)
        {
            if (_reported.Add(key))
            {
                findings.Add(Finding.Warning(file, rule, lineNumber));
            }
        }

        /// <summary>How many quote or list markers open the line, where they end, and where the allowed ones end.</summary>
        private static (int Depth, int End, int Cut) Nesting(string line)
        {
            var (depth, cut, i) = (0, 0, 0);
            while (i < line.Length)
            {
                while (i < line.Length && line[i] is ' ' or '\t')
                {
                    i++;
                }

                if (i < line.Length && (line[i] == '>' || (line[i] is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t')))
                {
                    i++;
                    depth++;
                    if (depth == MaxNesting)
                    {
                        cut = i;
                    }

                    continue;
                }

                break;
            }

            return (depth, i, cut);
        }

        private static int LongestWord(string line)
        {
            var (longest, run) = (0, 0);
            foreach (var c in line)
            {
                run = char.IsWhiteSpace(c) ? 0 : run + 1;
                longest = Math.Max(longest, run);
            }

            return longest;
        }
    }

    [GeneratedRegex(@"^Priority\s+([1-9])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriorityHeading();
}
