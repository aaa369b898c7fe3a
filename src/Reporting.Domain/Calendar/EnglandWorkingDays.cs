namespace Reporting.Domain.Calendar;

/// <summary>
/// England working days: Monday to Friday except the bank holidays of England and Wales, for the
/// timeliness indicators (assessments within 45 working days, conferences within 15). The
/// calendar covers 2010 to 2030; <see cref="Covers"/> says whether a date is inside it, and
/// callers report dates outside it as findings rather than guess.
/// </summary>
/// <remarks>
/// Source: GOV.UK "UK bank holidays" (https://www.gov.uk/bank-holidays, England and Wales
/// division, published as https://www.gov.uk/bank-holidays.json), which lists the days set by the
/// Banking and Financial Dealings Act 1971 and the Royal Proclamations made under it. Substitute
/// days are the next weekday(s) when Christmas, Boxing Day or New Year's Day fall at a weekend.
/// One-off days by proclamation: 29 April 2011 (royal wedding), 4–5 June 2012 (Diamond Jubilee;
/// the spring bank holiday moved to 4 June), 8 May 2020 (early May bank holiday moved for VE Day),
/// 2–3 June 2022 (Platinum Jubilee; the spring bank holiday moved to 2 June), 19 September 2022
/// (state funeral of Queen Elizabeth II), 8 May 2023 (coronation of King Charles III).
/// Years from 2027 are the regular pattern: extend the table when new proclamations are made.
/// </remarks>
public static class EnglandWorkingDays
{
    public const int FirstYear = 2010;

    public const int LastYear = 2030;

    private static readonly HashSet<DateOnly> BankHolidayDates =
    [
        // 2010
        new(2010, 1, 1), new(2010, 4, 2), new(2010, 4, 5), new(2010, 5, 3), new(2010, 5, 31), new(2010, 8, 30), new(2010, 12, 27), new(2010, 12, 28),
        // 2011
        new(2011, 1, 3), new(2011, 4, 22), new(2011, 4, 25), new(2011, 4, 29), new(2011, 5, 2), new(2011, 5, 30), new(2011, 8, 29), new(2011, 12, 26), new(2011, 12, 27),
        // 2012
        new(2012, 1, 2), new(2012, 4, 6), new(2012, 4, 9), new(2012, 5, 7), new(2012, 6, 4), new(2012, 6, 5), new(2012, 8, 27), new(2012, 12, 25), new(2012, 12, 26),
        // 2013
        new(2013, 1, 1), new(2013, 3, 29), new(2013, 4, 1), new(2013, 5, 6), new(2013, 5, 27), new(2013, 8, 26), new(2013, 12, 25), new(2013, 12, 26),
        // 2014
        new(2014, 1, 1), new(2014, 4, 18), new(2014, 4, 21), new(2014, 5, 5), new(2014, 5, 26), new(2014, 8, 25), new(2014, 12, 25), new(2014, 12, 26),
        // 2015
        new(2015, 1, 1), new(2015, 4, 3), new(2015, 4, 6), new(2015, 5, 4), new(2015, 5, 25), new(2015, 8, 31), new(2015, 12, 25), new(2015, 12, 28),
        // 2016
        new(2016, 1, 1), new(2016, 3, 25), new(2016, 3, 28), new(2016, 5, 2), new(2016, 5, 30), new(2016, 8, 29), new(2016, 12, 26), new(2016, 12, 27),
        // 2017
        new(2017, 1, 2), new(2017, 4, 14), new(2017, 4, 17), new(2017, 5, 1), new(2017, 5, 29), new(2017, 8, 28), new(2017, 12, 25), new(2017, 12, 26),
        // 2018
        new(2018, 1, 1), new(2018, 3, 30), new(2018, 4, 2), new(2018, 5, 7), new(2018, 5, 28), new(2018, 8, 27), new(2018, 12, 25), new(2018, 12, 26),
        // 2019
        new(2019, 1, 1), new(2019, 4, 19), new(2019, 4, 22), new(2019, 5, 6), new(2019, 5, 27), new(2019, 8, 26), new(2019, 12, 25), new(2019, 12, 26),
        // 2020
        new(2020, 1, 1), new(2020, 4, 10), new(2020, 4, 13), new(2020, 5, 8), new(2020, 5, 25), new(2020, 8, 31), new(2020, 12, 25), new(2020, 12, 28),
        // 2021
        new(2021, 1, 1), new(2021, 4, 2), new(2021, 4, 5), new(2021, 5, 3), new(2021, 5, 31), new(2021, 8, 30), new(2021, 12, 27), new(2021, 12, 28),
        // 2022
        new(2022, 1, 3), new(2022, 4, 15), new(2022, 4, 18), new(2022, 5, 2), new(2022, 6, 2), new(2022, 6, 3), new(2022, 8, 29), new(2022, 9, 19), new(2022, 12, 26), new(2022, 12, 27),
        // 2023
        new(2023, 1, 2), new(2023, 4, 7), new(2023, 4, 10), new(2023, 5, 1), new(2023, 5, 8), new(2023, 5, 29), new(2023, 8, 28), new(2023, 12, 25), new(2023, 12, 26),
        // 2024
        new(2024, 1, 1), new(2024, 3, 29), new(2024, 4, 1), new(2024, 5, 6), new(2024, 5, 27), new(2024, 8, 26), new(2024, 12, 25), new(2024, 12, 26),
        // 2025
        new(2025, 1, 1), new(2025, 4, 18), new(2025, 4, 21), new(2025, 5, 5), new(2025, 5, 26), new(2025, 8, 25), new(2025, 12, 25), new(2025, 12, 26),
        // 2026
        new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4), new(2026, 5, 25), new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28),
        // 2027
        new(2027, 1, 1), new(2027, 3, 26), new(2027, 3, 29), new(2027, 5, 3), new(2027, 5, 31), new(2027, 8, 30), new(2027, 12, 27), new(2027, 12, 28),
        // 2028
        new(2028, 1, 3), new(2028, 4, 14), new(2028, 4, 17), new(2028, 5, 1), new(2028, 5, 29), new(2028, 8, 28), new(2028, 12, 25), new(2028, 12, 26),
        // 2029
        new(2029, 1, 1), new(2029, 3, 30), new(2029, 4, 2), new(2029, 5, 7), new(2029, 5, 28), new(2029, 8, 27), new(2029, 12, 25), new(2029, 12, 26),
        // 2030
        new(2030, 1, 1), new(2030, 4, 19), new(2030, 4, 22), new(2030, 5, 6), new(2030, 5, 27), new(2030, 8, 26), new(2030, 12, 25), new(2030, 12, 26),
    ];

    private static readonly DateOnly[] SortedHolidays = [.. BankHolidayDates.Order()];

    /// <summary>Every England and Wales bank holiday in the table, in date order.</summary>
    public static IReadOnlyList<DateOnly> BankHolidays { get; } = Array.AsReadOnly(SortedHolidays);

    /// <summary>True when the date is inside the years this calendar knows (2010–2030).</summary>
    public static bool Covers(DateOnly date) => date.Year is >= FirstYear and <= LastYear;

    public static bool IsBankHoliday(DateOnly date) => BankHolidayDates.Contains(date);

    /// <summary>True for a weekday that is not a bank holiday.</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !BankHolidayDates.Contains(date);

    /// <summary>
    /// Working days after <paramref name="start"/> up to and including <paramref name="end"/>: the
    /// count DfE uses for "within N working days of the start" (the start day itself is day 0, so an
    /// assessment started on a Monday and authorised on the Tuesday took 1 working day). Zero when
    /// <paramref name="end"/> is on or before <paramref name="start"/>. Both dates must be covered.
    /// </summary>
    public static int Between(DateOnly start, DateOnly end)
    {
        if (!Covers(start) || !Covers(end))
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"The working-day calendar covers {FirstYear} to {LastYear}; check Covers first.");
        }

        if (end <= start)
        {
            return 0;
        }

        // Whole weeks hold five weekdays each; walk only the remainder, then take out bank holidays.
        var days = end.DayNumber - start.DayNumber;
        var count = days / 7 * 5;
        for (var date = start.AddDays((days / 7 * 7) + 1); date <= end; date = date.AddDays(1))
        {
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }

        // Every bank holiday in the table falls on a weekday (substitute days included), so each one in (start, end] is one working day fewer.
        return count - (HolidaysUpTo(end) - HolidaysUpTo(start));
    }

    /// <summary>How many bank holidays fall on or before a date.</summary>
    private static int HolidaysUpTo(DateOnly date)
    {
        var index = Array.BinarySearch(SortedHolidays, date);
        return index >= 0 ? index + 1 : ~index;
    }
}
