using System.Globalization;
using System.Runtime.InteropServices;
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
/// <remarks>
/// <see cref="Read(string, byte[], IReadOnlyList{CsvColumn}, FindingList)"/> reads the header only;
/// <see cref="Rows"/> then streams the records from the file's bytes one at a time, so a file of a
/// million rows is never held as strings (issue 13). The findings about records as a whole (a value
/// too long, an exact copy, too many records, a broken quote) are added to the read's findings ahead
/// of those the caller adds while reading the rows, as if the whole file had been read first.
/// </remarks>
public sealed class CsvTable
{
    /// <summary>The longest value a cell may hold (a team name or a note, never a document).</summary>
    public const int MaxFieldLength = 1_000;

    /// <summary>The most columns a header may have.</summary>
    public const int MaxColumns = 500;

    /// <summary>The most records one file may hold: many times a large council's quarter.</summary>
    public const int MaxRows = 1_000_000;

    /// <summary>How much of the file's start is decoded to explain a missing header.</summary>
    private const int FirstLineBytes = 256 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, int> _indexes;
    private readonly FindingList _findings;
    private readonly byte[] _content;
    private readonly int _start;
    private CsvParser? _parser;
    private int _rowCount = -1;

    private CsvTable(string fileName, bool usable, CsvParser? parser, Dictionary<string, int> indexes, FindingList findings, byte[] content, int start)
    {
        _content = content;
        _start = start;
        FileName = fileName;
        Usable = usable;
        _parser = usable ? parser : null;
        _indexes = indexes;
        _findings = findings;
        PresentColumns = indexes.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The file's name as findings show it.</summary>
    public string FileName { get; }

    /// <summary>False when the file could not be read at all (not UTF-8, no header, a required column missing).</summary>
    public bool Usable { get; }

    /// <summary>Known columns that the header contains (canonical names as declared).</summary>
    public IReadOnlySet<string> PresentColumns { get; }

    /// <summary>How many records <see cref="Rows"/> handed out; known once they have all been read.</summary>
    public int RowCount => _rowCount >= 0 ? _rowCount : throw new InvalidOperationException($"{FileName}: the rows are counted as they are read; read them first.");

    public bool Has(string column) => PresentColumns.Contains(column);

    /// <summary>Reads <paramref name="file"/> for <paramref name="columns"/>, adding findings to <paramref name="findings"/>.</summary>
    public static CsvTable Read(InputFile file, IReadOnlyList<CsvColumn> columns, FindingList findings) =>
        Read(file.Name, file.Content, columns, findings);

    /// <summary>Reads the header of <paramref name="content"/>; the records are read by <see cref="Rows"/>.</summary>
    public static CsvTable Read(string fileName, byte[] content, IReadOnlyList<CsvColumn> columns, FindingList findings)
    {
        if (!System.Text.Unicode.Utf8.IsValid(content))
        {
            findings.Add(Finding.Error(fileName, "The file is not UTF-8 text. In Excel use Save As > 'CSV UTF-8 (Comma delimited)', then upload it again."));
            return Unusable(fileName, findings);
        }

        var start = content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var parser = Parser(content, start);
        if (!parser.Read() || parser.Record is not { } header || header.All(string.IsNullOrWhiteSpace))
        {
            findings.Add(Finding.Error(fileName, "The file is empty or has no header row. The first row must name the columns: " + string.Join(",", columns.Select(c => c.Name)) + "."));
            return Unusable(fileName, findings);
        }

        if (header.Length > MaxColumns)
        {
            findings.Add(Finding.Error(fileName, string.Create(CultureInfo.InvariantCulture,
                $"The header has {header.Length:N0} columns, more than the {MaxColumns:N0} a file may have, so the file cannot be used. Keep the columns this file uses: {string.Join(",", columns.Select(c => c.Name))}."), 1));
            return Unusable(fileName, findings);
        }

        var firstLine = () => Utf8.GetString(content.AsSpan(start, Math.Min(content.Length - start, FirstLineBytes)));
        var (indexes, usable) = MapHeader(fileName, firstLine, header, columns, findings);
        return new CsvTable(fileName, usable, parser, indexes, findings, content, start);
    }

    /// <summary>A parser of the contract's CSV over the file's bytes from <paramref name="start"/> on, decoding them as it goes.</summary>
    private static CsvParser Parser(byte[] content, int start, int bufferSize = FileBuffer)
    {
        var configuration = bufferSize == FileBuffer ? FileReading : RecordReading;
        var reader = new StreamReader(new MemoryStream(content, start, content.Length - start, writable: false), Utf8, detectEncodingFromByteOrderMarks: false, bufferSize);
        return new CsvParser(reader, configuration);
    }

    private const int FileBuffer = 4096;

    /// <summary>How a file is read, and how one earlier record is read again to confirm a copy (a smaller buffer): made once, not per read.</summary>
    private static readonly CsvConfiguration FileReading = Configuration(FileBuffer), RecordReading = Configuration(1024);

    private static CsvConfiguration Configuration(int bufferSize) => new(CultureInfo.InvariantCulture)
    {
        Mode = CsvMode.RFC4180,
        IgnoreBlankLines = true,
        BadDataFound = null,
        DetectColumnCountChanges = false,
        BufferSize = bufferSize,
    };

    /// <summary>
    /// The records, read from the file as they are enumerated: blank lines are skipped, and a record
    /// with a value longer than <see cref="MaxFieldLength"/>, an exact copy of an earlier record, or any
    /// record past <see cref="MaxRows"/> is left out with an error finding. The rows can be read once.
    /// </summary>
    public IEnumerable<CsvRow> Rows()
    {
        if (!Usable)
        {
            _rowCount = 0;
            return [];
        }

        var parser = _parser ?? throw new InvalidOperationException($"{FileName}: the rows of a file are read once.");
        _parser = null;
        return Stream(parser);
    }

    private IEnumerable<CsvRow> Stream(CsvParser parser)
    {
        var mark = _findings.Count;
        var problems = new FindingList();
        var copies = new ExactCopies(_content, _start);
        var rowNumber = 1;
        var kept = 0;
        try
        {
            while (Next(parser, problems, ref rowNumber, out var at) is { } record)
            {
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (kept == MaxRows)
                {
                    problems.Add(Finding.Error(FileName, string.Create(CultureInfo.InvariantCulture,
                        $"The file has more than {MaxRows:N0} records, the most one file may hold: the records from this row on are not read. Check it is the right extract for one council and quarter."), rowNumber));
                    break;
                }

                if (Array.FindIndex(record, field => field.Length > MaxFieldLength) is var tooLong and >= 0)
                {
                    problems.Add(ValueTooLong(record, tooLong, rowNumber));
                    continue;
                }

                if (copies.FirstRowLike(record, rowNumber, at) is { } first)
                {
                    problems.Add(new Finding(Severity.Error, FileName,
                        "This row is an exact copy of an earlier row, so it is left out of the figures (a duplicated row would be counted twice). Remove the copy.",
                        rowNumber, Value: string.Create(CultureInfo.InvariantCulture, $"same as row {first}")));
                    continue;
                }

                kept++;
                yield return new CsvRow(FileName, rowNumber, record, _indexes);
            }
        }
        finally
        {
            _rowCount = kept;
            _findings.InsertRange(mark, problems);
            parser.Dispose();
        }
    }

    /// <summary>The error for a record with a value longer than <see cref="MaxFieldLength"/> (in a method of its own, so no row pays for its closure).</summary>
    private Finding ValueTooLong(string[] record, int tooLong, int rowNumber)
    {
        var column = _indexes.FirstOrDefault(c => c.Value == tooLong).Key;
        return new Finding(Severity.Error, FileName, string.Create(CultureInfo.InvariantCulture,
            $"A value in {(column is null ? $"column {tooLong + 1}" : $"column {column}")} is longer than the {MaxFieldLength:N0} characters a value may have, so the record is left out of the figures. Check for a missing quote mark or a pasted document."),
            rowNumber, column, string.Create(CultureInfo.InvariantCulture, $"{record[tooLong].Length:N0} characters"));
    }

    /// <summary>
    /// The next record's cells (counting its row) and the character of the file where its reading began,
    /// or null at the end of the file or where the CSV breaks (after a finding).
    /// </summary>
    private string[]? Next(CsvParser parser, FindingList problems, ref int rowNumber, out long at)
    {
        at = parser.CharCount;
        try
        {
            if (!parser.Read())
            {
                return null;
            }

            rowNumber++;
            return parser.Record ?? [];
        }
        catch (CsvHelperException exception)
        {
            problems.Add(Finding.Error(FileName, $"The CSV cannot be read past this point ({FirstLine(exception.Message)}). Check for an unclosed quote mark.", rowNumber));
            return null;
        }
    }

    private static (Dictionary<string, int> Indexes, bool Usable) MapHeader(string fileName, Func<string> firstLine, string[] header, IReadOnlyList<CsvColumn> columns, FindingList findings)
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

    /// <summary>
    /// Finds exact copies among the records kept so far without holding them: a hash of each record's
    /// cells points at the first kept record with that hash, which is remembered by its row and where
    /// it starts in the file's bytes (8 bytes a record, plus the hash's entry). A match is confirmed
    /// cell by cell against that record read again from the file.
    /// </summary>
    private sealed class ExactCopies(byte[] content, int start)
    {
        private readonly List<(int Byte, int Row)> _kept = [];
        private readonly Dictionary<int, int> _firstByHash = [];
        private Dictionary<int, List<int>>? _collisions;
        private long _char;
        private int _byte = start;

        /// <summary>
        /// The row number of an earlier identical record, or null when there is none (the record, read
        /// from character <paramref name="at"/> of the file, is then remembered as row <paramref name="rowNumber"/>).
        /// </summary>
        public int? FirstRowLike(string[] record, int rowNumber, long at)
        {
            var hash = new HashCode();
            foreach (var field in record)
            {
                hash.Add(field.Length);
                hash.AddBytes(MemoryMarshal.AsBytes(field.AsSpan()));
            }

            var key = hash.ToHashCode();
            if (!_firstByHash.TryGetValue(key, out var first))
            {
                _firstByHash[key] = Keep(rowNumber, at);
                return null;
            }

            if (Same(first, record))
            {
                return _kept[first].Row;
            }

            // Different records with the same hash: rare, so they are listed apart.
            _collisions ??= [];
            var others = _collisions.TryGetValue(key, out var list) ? list : _collisions[key] = [];
            foreach (var other in others)
            {
                if (Same(other, record))
                {
                    return _kept[other].Row;
                }
            }

            others.Add(Keep(rowNumber, at));
            return null;
        }

        private int Keep(int rowNumber, long at)
        {
            _kept.Add((ByteAt(at), rowNumber));
            return _kept.Count - 1;
        }

        /// <summary>
        /// The byte where character <paramref name="at"/> of the (valid UTF-8) file starts. Records come
        /// in file order, so one cursor walks the file once: runs of ASCII at once, other characters by
        /// their lead byte (four bytes make two UTF-16 characters).
        /// </summary>
        private int ByteAt(long at)
        {
            var ascii = content.AsSpan(_byte, (int)Math.Min(at - _char, content.Length - _byte)).IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            var run = ascii < 0 ? (int)(at - _char) : ascii;
            (_byte, _char) = (_byte + run, _char + run);
            while (_char < at)
            {
                var lead = content[_byte];
                var length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
                (_byte, _char) = (_byte + length, _char + (length == 4 ? 2 : 1));
            }

            return _byte;
        }

        private bool Same(int index, string[] record)
        {
            try
            {
                using var parser = Parser(content, _kept[index].Byte, bufferSize: 1024);
                return parser.Read() && parser.Record is { } earlier && earlier.AsSpan().SequenceEqual(record);
            }
            catch (CsvHelperException)
            {
                return false;
            }
        }
    }

    private static CsvTable Unusable(string fileName, FindingList findings) => new(fileName, false, null, new Dictionary<string, int>(), findings, [], 0);

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
