using Reporting.Domain.Calendar;

namespace Reporting.Domain.Tests.Calendar;

public class EnglandWorkingDaysTests
{
    [Theory]
    [InlineData("2011-04-29")] // royal wedding
    [InlineData("2012-06-04")] // spring bank holiday moved for the Diamond Jubilee
    [InlineData("2012-06-05")] // Diamond Jubilee
    [InlineData("2020-05-08")] // early May bank holiday moved to VE Day
    [InlineData("2022-06-02")] // spring bank holiday moved for the Platinum Jubilee
    [InlineData("2022-06-03")] // Platinum Jubilee
    [InlineData("2022-09-19")] // state funeral of Queen Elizabeth II
    [InlineData("2023-05-08")] // coronation of King Charles III
    [InlineData("2016-12-27")] // Christmas Day on a Sunday: substitute Tuesday
    [InlineData("2010-12-28")] // Boxing Day on a Sunday after a Saturday Christmas
    [InlineData("2017-01-02")] // New Year's Day on a Sunday: substitute Monday
    [InlineData("2016-03-25")] // Good Friday
    [InlineData("2016-03-28")] // Easter Monday
    public void IsWorkingDay_BankHoliday_IsFalse(string date)
    {
        Assert.True(EnglandWorkingDays.IsBankHoliday(DateOnly.Parse(date)));
        Assert.False(EnglandWorkingDays.IsWorkingDay(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("2020-05-04")] // the usual first Monday of May, not a holiday in 2020
    [InlineData("2012-05-28")] // the usual last Monday of May, not a holiday in 2012
    [InlineData("2022-05-30")] // the usual last Monday of May, not a holiday in 2022
    [InlineData("2016-12-28")] // the day after the 2016 substitute day
    public void IsWorkingDay_MovedOrdinaryDay_IsTrue(string date) =>
        Assert.True(EnglandWorkingDays.IsWorkingDay(DateOnly.Parse(date)));

    [Fact]
    public void IsWorkingDay_Weekend_IsFalse()
    {
        Assert.False(EnglandWorkingDays.IsWorkingDay(new DateOnly(2016, 7, 2)));
        Assert.False(EnglandWorkingDays.IsWorkingDay(new DateOnly(2016, 7, 3)));
        Assert.True(EnglandWorkingDays.IsWorkingDay(new DateOnly(2016, 7, 4)));
    }

    [Fact]
    public void BankHolidays_EveryYear_HasEightOrMoreDaysAndNoneAtWeekends()
    {
        for (var year = EnglandWorkingDays.FirstYear; year <= EnglandWorkingDays.LastYear; year++)
        {
            var inYear = EnglandWorkingDays.BankHolidays.Where(d => d.Year == year).ToList();
            Assert.InRange(inYear.Count, 8, 10);
            Assert.All(inYear, d => Assert.True(d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{d} is a weekend"));
        }
    }

    [Theory]
    // Worked by hand on a calendar.
    [InlineData("2016-07-04", "2016-07-05", 1)]   // Monday to Tuesday
    [InlineData("2016-07-08", "2016-07-11", 1)]   // Friday to Monday: the weekend does not count
    [InlineData("2016-07-04", "2016-07-04", 0)]   // same day
    [InlineData("2016-07-05", "2016-07-04", 0)]   // end before start
    [InlineData("2016-07-04", "2016-09-05", 44)]  // 9 weeks = 45 weekdays, less the 29 August bank holiday
    [InlineData("2016-12-23", "2016-12-28", 1)]   // Friday to Wednesday over Christmas: 26 and 27 are holidays
    [InlineData("2022-06-01", "2022-06-06", 1)]   // Wednesday to Monday over the Platinum Jubilee
    [InlineData("2022-09-16", "2022-09-20", 1)]   // Friday to Tuesday over the state funeral
    [InlineData("2016-03-24", "2016-03-29", 1)]   // Thursday to Tuesday over Easter
    [InlineData("2015-12-31", "2016-01-04", 1)]   // New Year's Day on a Friday
    public void Between_Dates_CountsWorkingDaysAfterStart(string start, string end, int expected) =>
        Assert.Equal(expected, EnglandWorkingDays.Between(DateOnly.Parse(start), DateOnly.Parse(end)));

    [Fact]
    public void Between_AWholeYear_Is253WorkingDays()
    {
        // 2016 had 261 weekdays and 8 bank holidays on weekdays; counting after 31 Dec 2015 covers all of 2016.
        Assert.Equal(253, EnglandWorkingDays.Between(new DateOnly(2015, 12, 31), new DateOnly(2016, 12, 31)));
    }

    [Fact]
    public void Covers_DateOutsideTable_IsFalse()
    {
        Assert.False(EnglandWorkingDays.Covers(new DateOnly(1970, 6, 3)));
        Assert.True(EnglandWorkingDays.Covers(new DateOnly(2030, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => EnglandWorkingDays.Between(new DateOnly(1970, 6, 3), new DateOnly(2016, 1, 1)));
    }

    [Fact]
    public void Between_AnyPairOfDates_AgreesWithCountingDayByDay()
    {
        for (var start = new DateOnly(2010, 1, 1); start.Year <= 2030; start = start.AddDays(13))
        {
            foreach (var length in new[] { 1, 6, 21, 45, 63, 100, 400 })
            {
                var end = start.AddDays(length);
                if (!EnglandWorkingDays.Covers(end))
                {
                    continue;
                }

                var counted = 0;
                for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
                {
                    counted += EnglandWorkingDays.IsWorkingDay(day) ? 1 : 0;
                }

                Assert.Equal(counted, EnglandWorkingDays.Between(start, end));
            }
        }
    }
}
