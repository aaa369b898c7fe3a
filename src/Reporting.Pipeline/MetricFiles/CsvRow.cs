namespace Reporting.Pipeline.MetricFiles;

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
