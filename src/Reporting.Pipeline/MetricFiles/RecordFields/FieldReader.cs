using Reporting.Domain;
using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles.RecordFields;

/// <summary>
/// Reads the fields of one record (a CSV row or an XML element) and turns every value it cannot
/// use into a finding naming the file, the row or element path and the field. A value is never
/// echoed into a finding from a field marked sensitive or a column that may hold a child's details,
/// nor when it looks like one (<see cref="ChildDetails"/>; in a file of records about people, any
/// date): the finding says what it looks like instead, e.g. "DECOM is not a date: ...; the value
/// looks like a child's identifier and is not quoted". A record with an error is
/// <see cref="Rejected"/>: the caller leaves it out of every count.
/// </summary>
public sealed class FieldReader
{
    private readonly CsvRow? _row;
    private readonly IRecordElement? _element;
    private readonly FindingList _findings;

    private readonly bool _aboutPeople;

    private FieldReader(CsvRow? row, IRecordElement? element, string file, FindingList findings, bool aboutPeople)
    {
        _aboutPeople = aboutPeople;
        _row = row;
        _element = element;
        File = file;
        Row = row?.Number;
        _findings = findings;
    }

    /// <summary>The largest number any field may hold: far beyond any count, FTE or rate, and small enough that no sum or ratio of them overflows.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    /// <summary>The most decimal places a number may be written with.</summary>
    public const int MaxDecimals = 10;

    /// <summary>
    /// The earliest date any field may hold: before every date a record of a child, a child's mother
    /// or a serving worker can need (a mother born in 1920 would be in her nineties in the earliest quarter
    /// reviewed), and after 1900, the year a spreadsheet shows for an empty or zero date cell.
    /// </summary>
    public static readonly DateOnly EarliestDate = new(1920, 1, 1);

    /// <summary>The latest date any field may hold: beyond any due date, planned end or expected birth; 9999 and the like are placeholders, not dates.</summary>
    public static readonly DateOnly LatestDate = new(2099, 12, 31);

    public string File { get; }

    /// <summary>The row as a spreadsheet shows it (the header is row 1); null for XML.</summary>
    public int? Row { get; }

    /// <summary>Where the element is, e.g. "/Message/Children/Child[3]/CINdetails[1]"; null for CSV.</summary>
    public string? ElementPath => _element?.Path;

    /// <summary>True once any field of this record had an error.</summary>
    public bool Rejected { get; private set; }

    /// <summary>
    /// A reader over one CSV record. <paramref name="aboutPeople"/>: the record is about a child or a
    /// worker (any date in it could be a date of birth, so none is quoted); false for a council's
    /// config and pre-aggregated files, whose dates are safe to quote.
    /// </summary>
    public static FieldReader ForRow(CsvRow row, FindingList findings, bool aboutPeople = true) =>
        new(row, null, row.FileName, findings, aboutPeople);

    /// <summary>A reader over a census XML element's child elements (always about people); the element's path is asked for only when a finding needs it.</summary>
    public static FieldReader ForElement(string file, IRecordElement element, FindingList findings) =>
        new(null, element, file, findings, aboutPeople: true);

    /// <summary>The trimmed text of a field; null when empty or absent.</summary>
    public string? Text(string field)
    {
        var raw = _element is not null ? _element.Field(field) : _row!.Text(field);
        if (raw is null)
        {
            return null;
        }

        var trimmed = raw.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>A required text field (an identifier, say); an error when empty.</summary>
    public string? RequiredText(string field, bool sensitive = false)
    {
        var text = Text(field);
        if (text is null)
        {
            Error(field, null, sensitive, "is empty: every record needs it");
        }

        return text;
    }

    public DateOnly? Date(string field, bool required, bool sensitive = false)
    {
        var text = Text(field);
        if (text is null)
        {
            if (required)
            {
                Error(field, null, sensitive, "is empty: a date is needed here, written dd/mm/yyyy (or yyyy-mm-dd)");
            }

            return null;
        }

        var date = FieldText.ParseDate(text);
        if (date is null)
        {
            Error(field, text, sensitive, "is not a date: write dd/mm/yyyy (or yyyy-mm-dd)");
        }
        else if (date < EarliestDate || date > LatestDate)
        {
            Error(field, text, sensitive, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"is not a plausible date: a date here is from {EarliestDate:dd/MM/yyyy} to {LatestDate:dd/MM/yyyy} (a year such as 1900, 0001 or 9999 is usually an empty cell or a placeholder from the case management system); write the real date, or leave it empty where it may be"));
            return null;
        }

        return date;
    }

    /// <summary>A number within [min, max] (either bound optional); an error outside it.</summary>
    public decimal? Number(string field, bool required, decimal? min = null, decimal? max = null, bool minExclusive = false)
    {
        var text = Text(field);
        if (text is null)
        {
            if (required)
            {
                Error(field, null, false, "is empty: a number is needed here");
            }

            return null;
        }

        var number = FieldText.ParseNumber(text);
        if (number is not { } value)
        {
            Error(field, text, false, "must be a number written with digits and a dot for decimals, e.g. 0.5 (no commas, % signs or text)");
            return null;
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        if (Math.Abs(value) > MaxMagnitude || (point >= 0 && text.Length - point - 1 > MaxDecimals))
        {
            Error(field, text, false, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"is too large or too precise: a number here is at most {MaxMagnitude:N0}, with at most {MaxDecimals} decimal places"));
            return null;
        }

        var belowMin = min is { } low && (minExclusive ? value <= low : value < low);
        if (belowMin || (max is { } high && value > high))
        {
            var range = (min, max) switch
            {
                ({ } lo, { } hi) => minExclusive ? $"more than {lo} and at most {hi}" : $"between {lo} and {hi}",
                ({ } lo, null) => minExclusive ? $"more than {lo}" : $"at least {lo}",
                _ => $"at most {max}",
            };
            Error(field, text, false, $"is out of range: it must be {range}");
            return null;
        }

        return value;
    }

    /// <summary>A code from a DfE list, as the list spells it; an error when it is not in the list.</summary>
    public string? Code(string field, CodeList codes, bool required)
    {
        var text = Text(field);
        if (text is null)
        {
            if (required)
            {
                Error(field, null, false, $"is empty: it {codes.Rule}");
            }

            return null;
        }

        var code = codes.Canonical(text);
        if (code is null)
        {
            Error(field, text, false, $"is not a known code: it {codes.Rule}");
        }

        return code;
    }

    /// <summary>Records an error about a field and rejects the record.</summary>
    public void Error(string field, string? value, bool sensitive, string rule)
    {
        Rejected = true;
        var (shown, because) = Echo(field, value, sensitive);
        _findings.Add(new Finding(Severity.Error, File, $"{field} {rule}{because}. This record is left out of the figures.", Row, field, shown, ElementPath));
    }

    /// <summary>Records a warning about a field; the record is still used.</summary>
    public void Warning(string field, string? value, bool sensitive, string rule)
    {
        var (shown, because) = Echo(field, value, sensitive);
        _findings.Add(new Finding(Severity.Warning, File, $"{field} {rule}{because}.", Row, field, shown, ElementPath));
    }

    /// <summary>
    /// The value as a finding may quote it, or null with the reason to add to the rule: never from a
    /// sensitive field or a column that may hold a child's details, never a value that looks like one.
    /// </summary>
    private (string? Shown, string Because) Echo(string field, string? value, bool sensitive)
    {
        if (sensitive || value is null || ChildDetails.MayHold(field))
        {
            return (null, string.Empty);
        }

        var shown = Excerpt.Shorten(value);
        return ChildDetails.LooksLike(shown, _aboutPeople) is { } kind
            ? (null, $"; the value looks like {kind} and is not quoted")
            : (shown, string.Empty);
    }
}

/// <summary>An XML record element as a <see cref="FieldReader"/> reads it: child element text by local name, and its path for findings.</summary>
public interface IRecordElement
{
    /// <summary>The text of the first child element with this local name; null when there is none.</summary>
    string? Field(string name);

    /// <summary>Where the element is, e.g. "/Message/Children/Child[3]/CINdetails[1]".</summary>
    string Path { get; }
}
