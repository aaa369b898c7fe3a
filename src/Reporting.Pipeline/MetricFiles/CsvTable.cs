using System.Globalization;
using CsvHelper;
using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// A CSV upload read the way the data contract says: UTF-8 with or without BOM, comma
/// separated, RFC 4180 quoting, a header row, column names case-insensitive, unknown columns
/// ignored with a warning. Never throws for bad content: problems become findings and a table
/// that cannot be used has <see cref="Usable"/> false. Row numbers are as a spreadsheet shows
/// them: the header is row 1, the first record row 2.
/// </summary>
/// <remarks>
/// <see cref="Read(string, byte[], IReadOnlyList{CsvColumn}, FindingList, bool)"/> reads the header only;
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

    private readonly Dictionary<string, int> _indexes;
    private readonly CsvRowWidth _width;
    private readonly FindingList _findings;
    private readonly byte[] _content;
    private readonly int _start;
    private CsvParser? _parser;
    private int _rowCount = -1;
    private int? _charCount;
    private CancellationToken _cancellation;

    private CsvTable(string fileName, bool usable, CsvParser? parser, Dictionary<string, int> indexes, FindingList findings, byte[] content, int start, CsvRowWidth width)
    {
        _width = width;
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

    /// <summary>How many records the file holds, blank lines aside, counting those left out with an error; known once <see cref="Rows"/> has read them all.</summary>
    public int RowCount => _rowCount >= 0 ? _rowCount : throw new InvalidOperationException($"{FileName}: the rows are counted as they are read; read them first.");

    public bool Has(string column) => PresentColumns.Contains(column);

    /// <summary>
    /// Reads <paramref name="file"/> for <paramref name="columns"/>, adding findings to <paramref name="findings"/>.
    /// <paramref name="aboutPeople"/>: a file of records about children or workers, whose rows must be as
    /// wide as the header: one with values past its last column or cut short is left out (see <see cref="CsvRowWidth"/>).
    /// </summary>
    public static CsvTable Read(InputFile file, IReadOnlyList<CsvColumn> columns, FindingList findings, bool aboutPeople = false)
    {
        var table = Read(file.Name, file.Content, columns, findings, aboutPeople);
        table._cancellation = file.Cancellation;
        return table;
    }

    /// <summary>Reads the header of <paramref name="content"/>; the records are read by <see cref="Rows"/>.</summary>
    public static CsvTable Read(string fileName, byte[] content, IReadOnlyList<CsvColumn> columns, FindingList findings, bool aboutPeople = false)
    {
        if (!System.Text.Unicode.Utf8.IsValid(content))
        {
            findings.Add(Finding.Error(fileName, "The file is not UTF-8 text. In Excel use Save As > 'CSV UTF-8 (Comma delimited)', then upload it again."));
            return Unusable(fileName, findings);
        }

        var start = content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var parser = CsvDialect.FileParser(content, start);
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

        var firstLine = () => CsvDialect.Utf8.GetString(content.AsSpan(start, Math.Min(content.Length - start, FirstLineBytes)));
        var (indexes, usable) = CsvHeader.Map(fileName, firstLine, header, columns, findings);
        return new CsvTable(fileName, usable, parser, indexes, findings, content, start, new CsvRowWidth(fileName, header.Length, indexes, columns.Where(c => c.Required).Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase), aboutPeople));
    }

    /// <summary>
    /// The records, read from the file as they are enumerated: blank lines are skipped, and a record
    /// with a value longer than <see cref="MaxFieldLength"/>, an exact copy of an earlier record, or any
    /// record past <see cref="MaxRows"/> is left out with an error finding; a record with more or fewer
    /// cells than the header is read or left out as <see cref="CsvRowWidth"/> says. The rows can be read once.
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
        var read = 0;
        try
        {
            while (Next(parser, problems, ref rowNumber, out var at) is { } record)
            {
                _cancellation.ThrowIfCancellationRequested();
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                read++;
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

                if (!_width.Accept(record, rowNumber, record.Length < _width.Width && EndsUnfinished(parser), problems))
                {
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
            _width.Finish(problems);
            _rowCount = read;
            _findings.InsertRange(mark, problems);
            parser.Dispose();
        }
    }

    /// <summary>
    /// True when the record just read is the file's last and no line break ends it, the way a file
    /// ends when its upload stopped part way (asked only of a row shorter than the header).
    /// </summary>
    private bool EndsUnfinished(CsvParser parser) =>
        _content.Length > _start && _content[^1] is not ((byte)'\n' or (byte)'\r')
        && parser.CharCount >= (_charCount ??= CsvDialect.Utf8.GetCharCount(_content.AsSpan(_start)));

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

    private static CsvTable Unusable(string fileName, FindingList findings) =>
        new(fileName, false, null, new Dictionary<string, int>(), findings, [], 0, new CsvRowWidth(fileName, 0, new Dictionary<string, int>(), new HashSet<string>(), false));

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
