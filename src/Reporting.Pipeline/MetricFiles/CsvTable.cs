using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>A column a CSV file is read for; required columns must be in the header.</summary>
public sealed record CsvColumn(string Name, bool Required = false);

/// <summary>
/// A CSV upload read the way the data contract says: UTF-8 with or without BOM, comma
/// separated, RFC 4180 quoting, a header row, column names case-insensitive, unknown columns
/// ignored with a warning. Never throws for bad content: problems become findings and a table
/// that cannot be used has <see cref="Usable"/> false. Row numbers are as a spreadsheet shows
/// them: the header is row 1, the first record row 2.
/// </summary>
public sealed class CsvTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private CsvTable(string fileName, bool usable, IReadOnlyList<CsvRow> rows, IReadOnlySet<string> presentColumns)
    {
        FileName = fileName;
        Usable = usable;
        Rows = rows;
        PresentColumns = presentColumns;
    }

    /// <summary>The file's name as findings show it.</summary>
    public string FileName { get; }

    /// <summary>False when the file could not be read at all (not UTF-8, no header, a required column missing).</summary>
    public bool Usable { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Known columns that the header contains (canonical names as declared).</summary>
    public IReadOnlySet<string> PresentColumns { get; }

    public bool Has(string column) => PresentColumns.Contains(column);

    /// <summary>Reads <paramref name="file"/> for <paramref name="columns"/>, adding findings to <paramref name="findings"/>.</summary>
    public static CsvTable Read(InputFile file, IReadOnlyList<CsvColumn> columns, FindingList findings) =>
        Read(file.Name, file.Content, columns, findings);

    public static CsvTable Read(string fileName, byte[] content, IReadOnlyList<CsvColumn> columns, FindingList findings)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            findings.Add(Finding.Error(fileName, "The file is not UTF-8 text. In Excel use Save As > 'CSV UTF-8 (Comma delimited)', then upload it again."));
            return Unusable(fileName);
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            BadDataFound = null,
            DetectColumnCountChanges = false,
        };

        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, configuration);
        if (!parser.Read() || parser.Record is not { } header || header.All(string.IsNullOrWhiteSpace))
        {
            findings.Add(Finding.Error(fileName, "The file is empty or has no header row. The first row must name the columns: " + string.Join(",", columns.Select(c => c.Name)) + "."));
            return Unusable(fileName);
        }

        var (indexes, usable) = MapHeader(fileName, header, columns, findings);
        var rows = new List<CsvRow>();
        var copies = new ExactCopies();
        var rowNumber = 1;
        try
        {
            while (parser.Read())
            {
                rowNumber++;
                var record = parser.Record ?? [];
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (copies.FirstRowLike(record, rowNumber) is { } first)
                {
                    findings.Add(new Finding(Severity.Error, fileName,
                        "This row is an exact copy of an earlier row, so it is left out of the figures (a duplicated row would be counted twice). Remove the copy.",
                        rowNumber, Value: string.Create(CultureInfo.InvariantCulture, $"same as row {first}")));
                    continue;
                }

                rows.Add(new CsvRow(fileName, rowNumber, record, indexes));
            }
        }
        catch (CsvHelperException exception)
        {
            findings.Add(Finding.Error(fileName, $"The CSV cannot be read past this point ({FirstLine(exception.Message)}). Check for an unclosed quote mark.", rowNumber));
        }

        var present = indexes.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new CsvTable(fileName, usable, usable ? rows : [], present);
    }

    private static (Dictionary<string, int> Indexes, bool Usable) MapHeader(string fileName, string[] header, IReadOnlyList<CsvColumn> columns, FindingList findings)
    {
        var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            var column = columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                findings.Add(Finding.Warning(fileName, $"Column '{name}' is not one this file uses, so it is ignored. Expected columns: {string.Join(",", columns.Select(c => c.Name))}.", 1, name));
            }
            else if (!indexes.TryAdd(column.Name, i))
            {
                findings.Add(Finding.Error(fileName, $"Column '{column.Name}' appears twice in the header; keep one.", 1, column.Name));
            }
        }

        var usable = true;
        foreach (var missing in columns.Where(c => c.Required && !indexes.ContainsKey(c.Name)))
        {
            findings.Add(Finding.Error(fileName, $"Required column '{missing.Name}' is missing from the header row, so the file cannot be used. Add it (column names are not case-sensitive).", 1, missing.Name));
            usable = false;
        }

        return (indexes, usable && !findings.Any(f => f.File == fileName && f.Severity == Severity.Error && f.Row == 1));
    }

    /// <summary>Remembers every record read so far (by a hash, confirmed field by field) to find exact copies.</summary>
    private sealed class ExactCopies
    {
        private readonly Dictionary<int, List<(string[] Record, int Row)>> _byHash = [];

        /// <summary>The row number of an earlier identical record, or null (and the record remembered) when it is the first.</summary>
        public int? FirstRowLike(string[] record, int row)
        {
            var hash = new HashCode();
            foreach (var field in record)
            {
                hash.Add(field, StringComparer.Ordinal);
            }

            var key = hash.ToHashCode();
            if (!_byHash.TryGetValue(key, out var earlier))
            {
                _byHash[key] = [(record, row)];
                return null;
            }

            foreach (var (other, otherRow) in earlier)
            {
                if (other.AsSpan().SequenceEqual(record))
                {
                    return otherRow;
                }
            }

            earlier.Add((record, row));
            return null;
        }
    }

    private static CsvTable Unusable(string fileName) => new(fileName, false, [], new HashSet<string>());

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}

/// <summary>
/// One record of a <see cref="CsvTable"/>: its row number and the text of its known columns. Values
/// are parsed and checked through <see cref="RecordFields.FieldReader"/> (see <see cref="RecordFields.RecordCsv"/>).
/// </summary>
public sealed class CsvRow
{
    private readonly string[] _fields;
    private readonly IReadOnlyDictionary<string, int> _indexes;

    internal CsvRow(string fileName, int number, string[] fields, IReadOnlyDictionary<string, int> indexes)
    {
        FileName = fileName;
        Number = number;
        _fields = fields;
        _indexes = indexes;
    }

    public string FileName { get; }

    /// <summary>The spreadsheet row number (the header is row 1).</summary>
    public int Number { get; }

    /// <summary>The trimmed text in a column; null when the column is absent or the cell blank.</summary>
    public string? Text(string column)
    {
        if (!_indexes.TryGetValue(column, out var index) || index >= _fields.Length)
        {
            return null;
        }

        var value = _fields[index].Trim();
        return value.Length == 0 ? null : value;
    }
}
