using System.Text;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.SampleData.RecordLevel;

/// <summary>
/// Missing episodes per quarter: the arc's count of missing episodes ending in the quarter, of which
/// the arc's numerators were offered a return home interview, had one, and had it within 72 hours;
/// plus episodes that do not count (away without authorisation, ended last quarter, still open).
/// </summary>
internal static class MissingSample
{
    private static readonly string[] Cohorts = ["CLA", "CIN", "CP", "OTHER"];

    public static string Build(int index)
    {
        var period = SampleArc.Quarters[index];
        var (_, offered, ended) = RecordLevelFiles.Cohort(ReturnInterviewOffered, index);
        var (_, held, _) = RecordLevelFiles.Cohort(ReturnInterviewHeld, index);
        var (_, within72Hours, _) = RecordLevelFiles.Cohort(ReturnInterviewWithin72Hours, index);
        var csv = new StringBuilder("CHILD,DOB,MISSING,MIS_START,MIS_END,COHORT,RHI_OFFERED,RHI_DATE\n");
        var days = period.End.DayNumber - period.Start.DayNumber - 4;
        for (var n = 0; n < ended; n++)
        {
            // About a third of the children go missing more than once in the quarter.
            var child = $"MC{index:00}{n * 2 / 3:0000}";
            var returned = period.Start.AddDays(n * 37 % days);
            var start = returned.AddDays(-(n % 3));
            DateOnly? interview = n < within72Hours ? returned.AddDays(n % 4) : n < held ? returned.AddDays(4 + (n % 9)) : null;
            csv.Line(child, BirthDate(n), "M", start, returned, Cohorts[n % 4], n < offered || n < held ? "Y" : "N", interview);
        }

        for (var n = 0; n < ended / 10; n++)
        {
            csv.Line($"MA{index:00}{n:0000}", BirthDate(n + 7), "A", period.Start.AddDays(n * 5 % 80), period.Start.AddDays((n * 5 % 80) + 1), "CLA", "N", null);
            csv.Line($"MP{index:00}{n:0000}", BirthDate(n + 3), "M", period.Start.AddDays(-20 - n), period.Start.AddDays(-10 - (n % 5)), "CIN", "Y", period.Start.AddDays(-9 + (n % 5)));
        }

        csv.Line($"MO{index:00}0001", BirthDate(1), "M", period.End.AddDays(-1), null, "CLA", null, null);
        return csv.ToString();
    }

    private static DateOnly BirthDate(int n) => new DateOnly(2001, 1, 1).AddDays(n * 97 % 3650);
}
