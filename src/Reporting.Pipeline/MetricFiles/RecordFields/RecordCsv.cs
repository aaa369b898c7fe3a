using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles.RecordFields;

/// <summary>
/// A record-level CSV upload read against its layout through <see cref="CsvTable"/> (encoding,
/// quoting, header and unknown-column rules of the data contract), with each row handed out as a
/// <see cref="FieldReader"/> that checks DfE codes and never echoes child-level fields. The rows
/// stream from the file as they are read, once.
/// </summary>
public sealed class RecordCsv
{
    private readonly CsvTable _table;

    private readonly bool _aboutPeople;

    private RecordCsv(CsvTable table, bool aboutPeople) => (_table, _aboutPeople) = (table, aboutPeople);

    public string File => _table.FileName;

    /// <summary>True when the header has the column (case-insensitive).</summary>
    public bool HasColumn(string column) => _table.Has(column);

    /// <summary>
    /// Reads a file; null (with an error finding) when it is empty, not UTF-8 CSV, or lacks a
    /// required column. <paramref name="optional"/> columns are known but may be absent.
    /// <paramref name="aboutPeople"/> is false for a council's config and pre-aggregated files, whose
    /// findings may quote dates; a file of records about children or workers quotes none (see <see cref="FieldReader.ForRow"/>).
    /// </summary>
    public static RecordCsv? Read(InputFile input, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional, FindingList findings, bool aboutPeople = true)
    {
        CsvColumn[] columns = [.. required.Select(c => new CsvColumn(c, Required: true)), .. optional.Select(c => new CsvColumn(c))];
        var table = CsvTable.Read(input, columns, findings, aboutPeople);
        return table.Usable ? new RecordCsv(table, aboutPeople) : null;
    }

    /// <summary>How many rows <see cref="Rows"/> handed out that the reader did not reject (counted once they have all been read).</summary>
    public int UsableRowCount { get; private set; }

    /// <summary>The data rows, each read through a field reader that reports into <paramref name="findings"/>; they can be read once.</summary>
    public IEnumerable<FieldReader> Rows(FindingList findings)
    {
        var usable = 0;
        foreach (var row in _table.Rows())
        {
            var reader = FieldReader.ForRow(row, findings, _aboutPeople);
            yield return reader;
            if (!reader.Rejected)
            {
                usable++;
            }
        }

        UsableRowCount = usable;
    }

    /// <summary>
    /// The rule for a file whose rows have all been read: a file with no usable row is treated as a
    /// file that could not be used, so its indicators are "not available" rather than a false zero.
    /// A header-only file is an error finding of its own; when every record was rejected, each
    /// record's error is already listed.
    /// </summary>
    public bool HasUsableRows(FindingList findings)
    {
        if (_table.RowCount == 0)
        {
            findings.Add(Finding.Error(File, "The file has a header row but no records, so it cannot be used: the indicators that need it are not available. Upload it with its records (an empty file does not mean zero)."));
        }

        return UsableRowCount > 0;
    }
}
