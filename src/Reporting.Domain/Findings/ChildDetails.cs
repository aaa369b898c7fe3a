using System.Text.RegularExpressions;

namespace Reporting.Domain.Findings;

/// <summary>
/// What a child's details look like, the one definition every finding, console line and free-text
/// check goes by: columns that hold (or could hold) an identifier, a date of birth or a postcode, and
/// values shaped like one whatever their column — a <c>LAchildID</c>/<c>CHILD</c>/worker id, a unique
/// pupil number, an NHS number, a UK postcode, and, in a record-level file, any date (a date of a
/// child's lifetime could be a date of birth). Such a value is never quoted back: a finding says
/// what it looks like and where it is. It never quotes what it finds.
/// </summary>
public static partial class ChildDetails
{
    /// <summary>How a finding describes a value that looks like a child's identifier.</summary>
    public const string Identifier = "a child's identifier";

    /// <summary>How a finding describes a date that may be a child's date of birth.</summary>
    public const string BirthDate = "a date that could be a date of birth";

    /// <summary>How a finding describes a UK postcode.</summary>
    public const string Postcode = "a postcode";

    /// <summary>The phrase every error about a child's details in free text carries; such an error withholds the run.</summary>
    public const string InFreeText = "must never identify a child";

    /// <summary>Columns of the DfE layouts (and the workforce files) that hold identifiers, dates of birth or postcodes.</summary>
    private static readonly HashSet<string> IdentifyingColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "CHILD", "DOB", "MC_DOB", "UPN", "FormerUPN", "LAchildID", "PersonBirthDate", "ExpectedPersonBirthDate", "PersonDeathDate",
        "HOME_POST", "PL_POST", "postcode", "worker_id", "SWENo",
    };

    /// <summary>True for a column that holds or could hold an identifier, a date of birth or a postcode: its values are never quoted.</summary>
    public static bool MayHold(string? column) => column is not null && IdentifyingColumns.Contains(column.Trim());

    /// <summary>
    /// What <paramref name="value"/> looks like when it may be a child's details (<see cref="Identifier"/>,
    /// <see cref="BirthDate"/>, <see cref="Postcode"/>), or null. Dates count only when
    /// <paramref name="datesMayBeBirthDates"/> (values from a record-level file); a quarter or a
    /// date in a council's config file is safe to quote.
    /// </summary>
    public static string? LooksLike(string value, bool datesMayBeBirthDates)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (PostcodeShape().IsMatch(text.ToUpperInvariant()))
        {
            return Postcode;
        }

        if (datesMayBeBirthDates && DateShape().IsMatch(text))
        {
            return BirthDate;
        }

        if (IdentifierShape().IsMatch(text) || (datesMayBeBirthDates && LongNumber().IsMatch(text)))
        {
            return Identifier;
        }

        // Several words (a free-text cell, a cell that swallowed its neighbours): any of them.
        return PostcodeInText().IsMatch(text.ToUpperInvariant()) ? Postcode
            : BirthDateInText().IsMatch(text) ? BirthDate
            : IdentifierInText().IsMatch(text) ? Identifier
            : null;
    }

    /// <summary>Whether a finding may quote <paramref name="value"/> found in <paramref name="column"/>.</summary>
    public static bool MayQuote(string? column, string? value, bool datesMayBeBirthDates = false) =>
        value is null || (!MayHold(column) && LooksLike(value, datesMayBeBirthDates) is null);

    /// <summary>What kinds of a child's details free text (a commentary line, an action) seems to hold ("a postcode and a date of birth"), or null.</summary>
    public static string? Find(string text)
    {
        var kinds = new List<string>(3);
        if (PostcodeInText().IsMatch(text.ToUpperInvariant()))
        {
            kinds.Add(Postcode);
        }

        if (BirthDateInText().IsMatch(text))
        {
            kinds.Add("a date of birth");
        }

        if (IdentifierInText().IsMatch(text))
        {
            kinds.Add("a child's identifier (a UPN, NHS number or child id)");
        }

        return kinds.Count == 0 ? null : string.Join(" and ", kinds);
    }

    /// <summary>A UK postcode on its own, with or without its space (any two letters at the end: a made-up AB1 2CD is withheld like a real one).</summary>
    [GeneratedRegex(@"^(GIR ?0AA|[A-PR-UWYZ][A-Z]?[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PostcodeShape();

    /// <summary>A UK postcode anywhere in a line.</summary>
    [GeneratedRegex(@"\b(GIR ?0AA|[A-PR-UWYZ][A-Z]?[0-9][A-Z0-9]? ?[0-9][A-Z]{2})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PostcodeInText();

    /// <summary>A date in any common writing (dd/mm/yyyy, d.m.yy, yyyy-mm-dd), alone or with a time after it.</summary>
    [GeneratedRegex(@"\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateShape();

    /// <summary>
    /// One word shaped like an identifier: a UPN (a letter, 11 digits, a digit or letter), an NHS
    /// number, or letters and digits with at least three digits (<c>LA090000</c>, <c>CIN0100001</c>,
    /// <c>SW010001</c>, <c>A123</c>). Codes (<c>V3</c>, <c>RC1</c>, <c>1A</c>), quarters (<c>2017-18-Q2</c>) and decimal numbers are not.
    /// </summary>
    [GeneratedRegex(@"^([A-Z][0-9]{11}[0-9A-Z]|[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}|(?![0-9]{4}-[0-9]{2}-Q[0-9]$)(?=[A-Z0-9_/-]{4,24}$)(?=.*[A-Z])(?:[^0-9]*[0-9]){3}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdentifierShape();

    /// <summary>A whole number of four digits or more: in a record-level file, where counts and scores are small, as likely an identifier as a figure.</summary>
    [GeneratedRegex(@"^[0-9]{4,}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"\b(born|DOB|date of birth|d\.o\.b\.?)\b\W{0,3}(on\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BirthDateInText();

    /// <summary>In free text: a UPN, an NHS number, a labelled child id, or a word shaped like an SSDA903/CIN child id (two or three capitals then 4 to 10 digits).</summary>
    [GeneratedRegex(@"\b([A-Z][0-9]{11}[0-9A-Z]|[0-9]{3} ?[0-9]{3} ?[0-9]{4}|child\s*(id|ref|reference|no\.?|number)\s*[:#]?\s*[A-Z0-9-]*[0-9][A-Z0-9-]*|(?-i:[A-Z]{2,3}[0-9]{4,10}))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdentifierInText();
}
