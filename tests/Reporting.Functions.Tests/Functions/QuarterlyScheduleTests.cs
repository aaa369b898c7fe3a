using System.Text.Json;
using NCrontab;
using Reporting.Domain.Periods;

namespace Reporting.Functions.Tests.Functions;

public sealed class QuarterlyScheduleTests
{
    /// <summary>The documented default, read from the committed local.settings example so the two cannot drift.</summary>
    private static string DocumentedSchedule()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "local.settings.example.json")));
        return settings.RootElement.GetProperty("Values").GetProperty("QuarterlySchedule").GetString()!;
    }

    [Fact]
    public void QuarterlySchedule_OverAYear_FiresFourTimesOnTheFifthAfterEachQuarterCloses()
    {
        var schedule = CrontabSchedule.Parse(DocumentedSchedule(), new CrontabSchedule.ParseOptions { IncludingSeconds = true });

        var firings = schedule.GetNextOccurrences(new DateTime(2016, 4, 1), new DateTime(2017, 4, 1)).ToList();

        Assert.Equal(
            [new DateTime(2016, 4, 5, 6, 0, 0), new DateTime(2016, 7, 5, 6, 0, 0), new DateTime(2016, 10, 5, 6, 0, 0), new DateTime(2017, 1, 5, 6, 0, 0)],
            firings);
    }

    [Theory]
    [InlineData(2016, 7, "2016-17-Q1")]
    [InlineData(2016, 10, "2016-17-Q2")]
    [InlineData(2017, 1, "2016-17-Q3")]
    [InlineData(2017, 4, "2016-17-Q4")]
    public void QuarterlySchedule_EachFiring_ReportsTheQuarterThatHasJustClosed(int year, int month, string expected)
    {
        var schedule = CrontabSchedule.Parse(DocumentedSchedule(), new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        var firing = schedule.GetNextOccurrence(new DateTime(year, month, 1));

        var quarter = FinancialQuarter.MostRecentEndedBefore(DateOnly.FromDateTime(firing));

        Assert.Equal(FinancialQuarter.From(expected), quarter);
        Assert.True(DateOnly.FromDateTime(firing) > quarter.End);
    }
}
