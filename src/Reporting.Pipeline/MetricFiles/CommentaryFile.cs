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

    public static CommentarySections Read(InputFile file, FindingList findings)
    {
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, true).GetString(file.Content).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException)
        {
            findings.Add(Finding.Error(file.Name, "The commentary is not UTF-8 text; save it as UTF-8 and upload it again."));
            return CommentarySections.Empty;
        }

        string? summary = null, risks = null;
        var priorities = new Dictionary<int, string>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
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

        foreach (var line in lines)
        {
            lineNumber++;
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

    [GeneratedRegex(@"^Priority\s+([1-9])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriorityHeading();
}
