using System.Globalization;
using System.Text.RegularExpressions;

namespace Reporting.Domain.Periods;

/// <summary>
/// A quarter of an English council's financial year, which runs April to March:
/// Q1 = April–June, Q2 = July–September, Q3 = October–December, Q4 = January–March.
/// Written <c>2016-17-Q2</c> in storage and "2016/17 Q2 (July to September 2016)" for people.
/// Invariants: the financial year starts in 2000–2098 and the quarter is 1–4.
/// </summary>
public readonly partial record struct FinancialQuarter : IComparable<FinancialQuarter>
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public FinancialQuarter(int startYear, int quarter)
    {
        if (startYear is < 2000 or > 2098)
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, "The financial year must start between 2000 and 2098.");
        }

        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1, 2, 3 or 4.");
        }

        StartYear = startYear;
        Quarter = quarter;
    }

    /// <summary>The calendar year in which the financial year starts (April).</summary>
    public int StartYear { get; }

    /// <summary>1 to 4.</summary>
    public int Quarter { get; }

    /// <summary>First day of the quarter.</summary>
    public DateOnly Start => new DateOnly(StartYear, 4, 1).AddMonths(3 * (Quarter - 1));

    /// <summary>Last day of the quarter (the "quarter end" of the at-quarter-end indicators).</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public DateRange Dates => new(Start, End);

    /// <summary>The twelve months that end with this quarter: this quarter and the three before it.</summary>
    public DateRange Rolling12Months => new(Start.AddMonths(-9), End);

    public FinancialQuarter Next() => Quarter == 4 ? new(StartYear + 1, 1) : new(StartYear, Quarter + 1);

    public FinancialQuarter Previous() => Quarter == 1 ? new(StartYear - 1, 4) : new(StartYear, Quarter - 1);

    /// <summary>This quarter moved by a number of quarters (negative to go back).</summary>
    public FinancialQuarter Plus(int quarters)
    {
        var ordinal = checked(Ordinal + quarters);
        return new(ordinal / 4, (ordinal % 4) + 1);
    }

    /// <summary>Quarters from <paramref name="earlier"/> to this one (positive when this is later).</summary>
    public int QuartersSince(FinancialQuarter earlier) => Ordinal - earlier.Ordinal;

    /// <summary>The quarter that contains a date.</summary>
    public static FinancialQuarter Containing(DateOnly date)
    {
        var startYear = date.Month >= 4 ? date.Year : date.Year - 1;
        var quarter = ((date.Month + 8) % 12 / 3) + 1;
        return new(startYear, quarter);
    }

    /// <summary>The most recent quarter that had ended before <paramref name="today"/>: what the timer reports.</summary>
    public static FinancialQuarter MostRecentEndedBefore(DateOnly today) => Containing(today).Previous();

    /// <summary>"2016-17-Q2": the storage form.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{(StartYear + 1) % 100:00}-Q{Quarter}");

    /// <summary>"2016/17 Q2".</summary>
    public string ShortLabel =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear}/{(StartYear + 1) % 100:00} Q{Quarter}");

    /// <summary>"2016/17 Q2 (July to September 2016)".</summary>
    public string Label =>
        $"{ShortLabel} ({MonthNames[Start.Month - 1]} to {MonthNames[End.Month - 1]} {End.Year.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>Parses the storage form <c>yyyy-yy-Qn</c>, e.g. <c>2016-17-Q2</c>.</summary>
    public static ParseResult<FinancialQuarter> Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        var match = PeriodPattern().Match(trimmed);
        if (!match.Success)
        {
            return ParseResult<FinancialQuarter>.ForError(
                $"'{Excerpt.Shorten(trimmed)}' is not a period: write the financial year and quarter as yyyy-yy-Qn, e.g. 2016-17-Q2 for July to September 2016.");
        }

        var startYear = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var endYear = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var quarter = match.Groups[3].ValueSpan[0] - '0';
        if ((startYear + 1) % 100 != endYear)
        {
            return ParseResult<FinancialQuarter>.ForError(
                $"'{trimmed}' is not a period: a financial year that starts in {startYear} ends in {(startYear + 1) % 100:00}, so write {startYear}-{(startYear + 1) % 100:00}-Q{quarter}.");
        }

        if (startYear is < 2000 or > 2098)
        {
            return ParseResult<FinancialQuarter>.ForError($"'{trimmed}' is not a period this service reports on: the year must be between 2000 and 2098.");
        }

        return ParseResult<FinancialQuarter>.ForValue(new FinancialQuarter(startYear, quarter));
    }

    /// <summary>Parses a period known to be valid (sample data, tests); throws otherwise.</summary>
    public static FinancialQuarter From(string text) => Parse(text).Value;

    public int CompareTo(FinancialQuarter other) => Ordinal.CompareTo(other.Ordinal);

    public static bool operator <(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) < 0;

    public static bool operator >(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) >= 0;

    private int Ordinal => (StartYear * 4) + Quarter - 1;

    [GeneratedRegex(@"^(\d{4})-(\d{2})-Q([1-4])$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
