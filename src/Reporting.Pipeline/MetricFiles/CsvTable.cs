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
    /// <summary>The longest value a cell may hold (a team name or a note, never a document).</summary>
    public const int MaxFieldLength = 1_000;

    /// <summary>The most columns a header may have.</summary>
    public const int MaxColumns = 500;

    /// <summary>The most records one file may hold: many times a large council's quarter.</summary>
    public const int MaxRows = 1_000_000;

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

        if (header.Length > MaxColumns)
        {
            findings.Add(Finding.Error(fileName, string.Create(CultureInfo.InvariantCulture,
                $"The header has {header.Length:N0} columns, more than the {MaxColumns:N0} a file may have, so the file cannot be used. Keep the columns this file uses: {string.Join(",", columns.Select(c => c.Name))}."), 1));
            return Unusable(fileName);
        }

        var (indexes, usable) = MapHeader(fileName, text, header, columns, findings);
        if (!usable)
        {
            return new CsvTable(fileName, false, [], indexes.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase));
        }

        var rows = new List<CsvRow>();
        var copies = new ExactCopies(rows);
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

                if (rows.Count == MaxRows)
                {
                    findings.Add(Finding.Error(fileName, string.Create(CultureInfo.InvariantCulture,
                        $"The file has more than {MaxRows:N0} records, the most one file may hold: the records from this row on are not read. Check it is the right extract for one council and quarter."), rowNumber));
                    break;
                }

                if (Array.FindIndex(record, field => field.Length > MaxFieldLength) is var tooLong and >= 0)
                {
                    var column = indexes.FirstOrDefault(c => c.Value == tooLong).Key;
                    findings.Add(new Finding(Severity.Error, fileName, string.Create(CultureInfo.InvariantCulture,
                        $"A value in {(column is null ? $"column {tooLong + 1}" : $"column {column}")} is longer than the {MaxFieldLength:N0} characters a value may have, so the record is left out of the figures. Check for a missing quote mark or a pasted document."),
                        rowNumber, column, string.Create(CultureInfo.InvariantCulture, $"{record[tooLong].Length:N0} characters")));
                    continue;
                }

                if (copies.FirstRowLike(record) is { } first)
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

    private static (Dictionary<string, int> Indexes, bool Usable) MapHeader(string fileName, string text, string[] header, IReadOnlyList<CsvColumn> columns, FindingList findings)
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
            findings.Add(Finding.Error(fileName, NoHeaderProblem(text, columns) + " The first row must name the columns: " + expected + ".", 1));
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

    /// <summary>
    /// Finds exact copies among the records kept so far: a hash of each record points at the first
    /// record with that hash (about 20 bytes a record), and a match is confirmed field by field.
    /// </summary>
    private sealed class ExactCopies(List<CsvRow> rows)
    {
        private readonly Dictionary<int, int> _firstByHash = [];
        private Dictionary<int, List<int>>? _collisions;

        /// <summary>The row number of an earlier identical record, or null when there is none (the caller then keeps the record).</summary>
        public int? FirstRowLike(string[] record)
        {
            var hash = new HashCode();
            foreach (var field in record)
            {
                hash.Add(field, StringComparer.Ordinal);
            }

            var key = hash.ToHashCode();
            if (!_firstByHash.TryGetValue(key, out var first))
            {
                _firstByHash[key] = rows.Count;
                return null;
            }

            if (rows[first].SameFields(record))
            {
                return rows[first].Number;
            }

            // Different records with the same hash: rare, so they are listed apart.
            _collisions ??= [];
            var others = _collisions.TryGetValue(key, out var list) ? list : _collisions[key] = [];
            foreach (var other in others)
            {
                if (rows[other].SameFields(record))
                {
                    return rows[other].Number;
                }
            }

            others.Add(rows.Count);
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

    /// <summary>True when the record's cells are exactly <paramref name="fields"/>.</summary>
    internal bool SameFields(string[] fields) => _fields.AsSpan().SequenceEqual(fields);

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
