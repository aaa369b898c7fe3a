using System.Globalization;
using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// The data contract's rule for a record whose number of cells is not the header's:
/// <list type="bullet">
/// <item>Cells past the header's last column that are all blank (the trailing commas some
/// spreadsheets write) are ignored, with one warning for the whole file.</item>
/// <item>Cells past the header's last column with values are a warning on each such row of a
/// council's config or pre-aggregated file (the known columns are still read), but an error that
/// leaves the row out in a file of records about children or workers: more values than column
/// names means a value held an unquoted comma or a cell was inserted, so the values from there on
/// have shifted into the wrong columns, and a shifted date or code would be counted as another's.</item>
/// <item>A record that stops before a column the file reads (a last row cut short by an upload
/// that did not finish, or a missing cell) is an error naming those columns, and the row is left
/// out. A record missing only cells of columns the file ignores is read as it is, and so is a row
/// of a config or pre-aggregated file (often written by hand) that leaves off optional columns only,
/// unless it is the file's last and no line break ends it: then the upload was cut short.</item>
/// </list>
/// Values are never quoted: a record can hold a child's details.
/// </summary>
internal sealed class CsvRowWidth(string fileName, int width, IReadOnlyDictionary<string, int> indexes, IReadOnlySet<string> required, bool aboutPeople)
{
    private int _blankTails;
    private int _firstBlankTail;

    /// <summary>How many columns the header has.</summary>
    public int Width => width;

    /// <summary>
    /// True when the record can be read (perhaps after a warning); false when it is left out after an
    /// error. <paramref name="endsUnfinished"/>: the record is the file's last and no line break ends it.
    /// </summary>
    public bool Accept(string[] record, int rowNumber, bool endsUnfinished, FindingList problems)
    {
        if (record.Length > width)
        {
            return AcceptLong(record, rowNumber, problems);
        }

        if (record.Length < width)
        {
            return AcceptShort(record, rowNumber, endsUnfinished, problems);
        }

        return true;
    }

    /// <summary>Adds the one warning about rows that end in blank cells past the header, once the rows are read.</summary>
    public void Finish(FindingList problems)
    {
        if (_blankTails > 0)
        {
            problems.Add(Finding.Warning(fileName, string.Create(CultureInfo.InvariantCulture,
                $"{(_blankTails == 1 ? "This row ends" : $"This row and {_blankTails - 1:N0} more end")} with empty cells past the header's last column (column {width}); they are ignored. If a column name is missing from the header, add it."),
                _firstBlankTail));
        }
    }

    private bool AcceptLong(string[] record, int rowNumber, FindingList problems)
    {
        var filled = record.Skip(width).Count(cell => !string.IsNullOrWhiteSpace(cell));
        if (filled == 0)
        {
            _firstBlankTail = _blankTails++ == 0 ? rowNumber : _firstBlankTail;
            return true;
        }

        var counts = string.Create(CultureInfo.InvariantCulture, $"{record.Length} cells; the header has {width} columns");
        if (aboutPeople)
        {
            problems.Add(new Finding(Severity.Error, fileName,
                $"This row has more cells than the header has columns, so a value holds an unquoted comma or a cell was inserted, and the values after it are in the wrong columns. The row is left out of the figures: put quotes round a value with a comma, or remove the extra cell.",
                rowNumber, Value: counts));
            return false;
        }

        problems.Add(new Finding(Severity.Warning, fileName,
            $"This row has more cells than the header has columns: the cells past column {width} are ignored. If a value holds a comma, put quotes round it; if a column name is missing from the header, add it.",
            rowNumber, Value: counts));
        return true;
    }

    private bool AcceptShort(string[] record, int rowNumber, bool endsUnfinished, FindingList problems)
    {
        var missing = indexes.Where(c => c.Value >= record.Length).OrderBy(c => c.Value).Select(c => c.Key).ToList();
        if (missing.Count == 0 || (!aboutPeople && !endsUnfinished && !missing.Any(required.Contains)))
        {
            return true;
        }

        problems.Add(new Finding(Severity.Error, fileName,
            (endsUnfinished ? "This last row stops before the header's last column and no line break ends it, so the file was cut short (the upload or the export stopped part way)" : "This row stops before the header's last column: the file may have been cut short (check the upload finished) or a cell is missing")
            + $". It has no cell for {string.Join(", ", missing)}, so the row is left out of the figures; an empty value still needs its comma.",
            rowNumber, missing[0], string.Create(CultureInfo.InvariantCulture, $"{record.Length} cells; the header has {width} columns")));
        return false;
    }
}
