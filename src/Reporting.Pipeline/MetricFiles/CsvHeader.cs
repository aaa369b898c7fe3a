using System.Globalization;
using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// A CSV file's header row matched to the columns the file is read for: case-insensitive, unknown
/// columns one warning, a repeated or missing required column an error, and a first row that names
/// no column explained (a "sep=" line, another separator, or a record) without quoting its cells.
/// </summary>
internal static class CsvHeader
{
    /// <summary>Each known column's index in the record, and whether the file can be read (no error about the header).</summary>
    public static (Dictionary<string, int> Indexes, bool Usable) Map(string fileName, Func<string> firstLine, string[] header, IReadOnlyList<CsvColumn> columns, FindingList findings)
    {
        var expected = string.Join(",", columns.Select(c => c.Name));
        var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<int>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            var column = columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                unknown.Add(i + 1);
            }
            else if (!indexes.TryAdd(column.Name, i))
            {
                findings.Add(Finding.Error(fileName, $"Column '{column.Name}' appears twice in the header; keep one.", 1, column.Name));
            }
        }

        if (indexes.Count == 0 && columns.Any(c => c.Required))
        {
            // Nothing in the first row names a column: it is a record, or the file is not comma separated.
            // Its cells are never quoted back, since a record can hold a child's identifier or date of birth.
            findings.Add(Finding.Error(fileName, NoHeaderProblem(firstLine(), columns) + " The first row must name the columns: " + expected + ".", 1));
            return (indexes, false);
        }

        if (unknown.Count > 0)
        {
            // Unknown names are not quoted (a row taken for a header could hold a child's details), and
            // however many there are they make one finding.
            var listed = string.Join(", ", unknown.Take(10)) + (unknown.Count > 10 ? string.Create(CultureInfo.InvariantCulture, $" and {unknown.Count - 10} more") : string.Empty);
            findings.Add(Finding.Warning(fileName, string.Create(CultureInfo.InvariantCulture,
                $"{(unknown.Count == 1 ? "Column" : "Columns")} {listed} of the header {(unknown.Count == 1 ? "is not one" : "are not ones")} this file uses, so {(unknown.Count == 1 ? "it is" : "they are")} ignored. Expected columns: {expected}."), 1));
        }

        var usable = true;
        foreach (var missing in columns.Where(c => c.Required && !indexes.ContainsKey(c.Name)))
        {
            findings.Add(Finding.Error(fileName, $"Required column '{missing.Name}' is missing from the header row, so the file cannot be used. Add it (column names are not case-sensitive).", 1, missing.Name));
            usable = false;
        }

        return (indexes, usable && !findings.Any(f => f.File == fileName && f.Severity == Severity.Error && f.Row == 1));
    }

    /// <summary>Why no column name was found in the first row: a "sep=" line, another separator, or no header at all.</summary>
    private static string NoHeaderProblem(string text, IReadOnlyList<CsvColumn> columns)
    {
        var firstLine = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        var end = firstLine.IndexOfAny('\r', '\n');
        firstLine = end < 0 ? firstLine : firstLine[..end];
        if (firstLine.TrimStart().StartsWith("sep=", StringComparison.OrdinalIgnoreCase))
        {
            return "The file starts with a 'sep=' line, which Excel writes for other separators; the pipeline reads comma-separated files. Save it from Excel as 'CSV UTF-8 (Comma delimited)' (or delete that line if the file is comma separated).";
        }

        foreach (var (separator, name) in (ReadOnlySpan<(char, string)>)[(';', "semicolons"), ('\t', "tabs"), ('|', "vertical bars")])
        {
            var cells = firstLine.ToString().Split(separator);
            if (cells.Length > 1 && cells.Any(cell => columns.Any(c => string.Equals(c.Name, cell.Trim().Trim('"'), StringComparison.OrdinalIgnoreCase))))
            {
                return $"The columns are separated by {name}, not commas. Save the file as 'CSV UTF-8 (Comma delimited)' and upload it again.";
            }
        }

        return "The first row names none of the columns this file needs, so it looks like a record rather than a header row (its cells are not shown here, as a record can hold a child's details).";
    }
}
