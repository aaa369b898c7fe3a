using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles.RecordFields;

/// <summary>
/// A record-level CSV upload read against its layout: UTF-8 with or without BOM, RFC 4180
/// quoting, a header row whose names match case-insensitively. Required columns that are missing
/// make the file unusable (an error); unknown columns are ignored with a warning. Rows come back
/// as <see cref="FieldReader"/>s numbered as a spreadsheet shows them (the header is row 1).
/// </summary>
public sealed class RecordCsv
{
    private readonly Dictionary<string, int> _columns;
    private readonly List<(int Row, string[] Fields)> _rows;

    private RecordCsv(string file, Dictionary<string, int> columns, List<(int, string[])> rows)
    {
        File = file;
        _columns = columns;
        _rows = rows;
    }

    public string File { get; }

    public int RowCount => _rows.Count;

    /// <summary>True when the header has the column (case-insensitive).</summary>
    public bool HasColumn(string column) => _columns.ContainsKey(column);

    /// <summary>
    /// Reads a file; null (with an error finding) when it is empty, not CSV, or lacks a required
    /// column. <paramref name="optional"/> columns are known but may be absent.
    /// </summary>
    public static RecordCsv? Read(InputFile input, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional, FindingList findings)
    {
        var file = input.Name;
        var rows = new List<(int, string[])>();
        string[]? header = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            BadDataFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
        };

        try
        {
            using var reader = new StreamReader(new MemoryStream(input.Content, writable: false), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            using var parser = new CsvParser(reader, config);
            while (parser.Read())
            {
                var record = parser.Record;
                if (record is null || (record.Length == 1 && string.IsNullOrWhiteSpace(record[0])))
                {
                    continue;
                }

                if (header is null)
                {
                    header = record;
                }
                else
                {
                    rows.Add((parser.Row, record));
                }
            }
        }
        catch (Exception e) when (e is CsvHelperException or IOException or DecoderFallbackException)
        {
            findings.Add(Finding.Error(file, "The file could not be read as CSV (comma separated, UTF-8): save it again as 'CSV UTF-8' and upload it."));
            return null;
        }

        if (header is null)
        {
            findings.Add(Finding.Error(file, "The file is empty: it needs a header row naming the columns, then one row per record."));
            return null;
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (name.Length == 0 || columns.ContainsKey(name))
            {
                if (name.Length > 0)
                {
                    findings.Add(Finding.Warning(file, "This column appears twice in the header; the first one is used.", 1, name));
                }

                continue;
            }

            columns[name] = i;
            if (!required.Contains(name, StringComparer.OrdinalIgnoreCase) && !optional.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                findings.Add(Finding.Warning(file, "This column is not part of the layout and is ignored: check its spelling if you meant one of " + string.Join(", ", required.Concat(optional)) + ".", 1, name));
            }
        }

        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            findings.Add(Finding.Error(file, $"The header lacks the column{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing)}: the file cannot be used. The header must name {string.Join(", ", required)}.", 1));
            return null;
        }

        return new RecordCsv(file, columns, rows);
    }

    /// <summary>The data rows, each read through a field reader that reports into <paramref name="findings"/>.</summary>
    public IEnumerable<FieldReader> Rows(FindingList findings)
    {
        foreach (var (row, fields) in _rows)
        {
            yield return FieldReader.ForRow(File, row, column => _columns.TryGetValue(column, out var i) && i < fields.Length ? fields[i] : null, findings);
        }
    }
}
