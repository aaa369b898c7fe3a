using System.Text;
using Reporting.Pipeline.Aggregation;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.SampleData.RecordLevel;

/// <summary>
/// SSDA903 tables per quarter. The arc's looked-after count is the cohort at quarter end; seven in
/// ten of them have been in care for more than a year (the health assessment cohort); the arc's
/// numerators fix who is placed more than 20 miles away (PL_DISTANCE), who had three placements in
/// the year and whose health assessment is up to date (OC2). Around them: children on short breaks
/// (V3, out of the cohort), children who left care in the quarter, three children whose placement
/// distance is not recorded, and 120 care leavers aged 19 to 21 plus younger ones in OC3.
/// </summary>
internal static class LookedAfterSample
{
    private const int UnknownDistance = 3;
    private static readonly string[] LegalStatuses = ["C2", "C2", "C2", "C1", "E1", "J2"];
    private static readonly string[] Placements = ["U1", "U3", "U4", "U6", "K2", "R1", "P1"];
    private static readonly string[] Ethnicities = ["WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "BAFR", "APKN", "AOTH"];
    private static readonly string[] Learning = ["F1", "F2", "F3", "P1", "P2", "P3"];
    private static readonly string[] NotLearning = ["G4", "G5", "G6", "0"];

    public static (string Episodes, string Header, string HealthOutcomes, string CareLeavers) Build(int index)
    {
        var period = SampleArc.Quarters[index];
        var (_, over20, looked) = RecordLevelFiles.Cohort(PlacedOver20Miles, index);
        var (_, moved3, _) = RecordLevelFiles.Cohort(PlacementMoves3Plus, index);
        var (_, healthy, longTerm) = RecordLevelFiles.Cohort(HealthAssessments, index);
        var episodes = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,PL_DISTANCE\n");
        var header = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
        var health = new StringBuilder("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n");
        var yearAgo = period.End.AddYears(-1);

        for (var n = 0; n < looked; n++)
        {
            var child = $"LA{index:00}{n:0000}";
            var born = new DateOnly(2000, 6, 1).AddDays(n * 211 % 5800);
            var isLongTerm = n < longTerm;
            var started = isLongTerm ? yearAgo.AddDays(-30 - (n * 17 % 1500)) : yearAgo.AddDays(10 + (n * 7 % 340));

            // The multiplication by a prime larger than the cohort visits every child once, spreading distances over the cohort.
            var rank = n * 7919 % looked;
            decimal? miles = rank < over20 ? 20.5m + (n % 40) : rank >= looked - UnknownDistance ? null : 1.0m + (n % 19);
            var legal = LegalStatuses[n % LegalStatuses.Length];
            var place = Placements[n % Placements.Length];
            if (n < moved3)
            {
                // In care for over a year; two moves in the last twelve months make three placements in the year.
                var firstMove = yearAgo.AddDays(40 + (n % 60));
                var secondMove = firstMove.AddDays(120 + (n % 50));
                episodes.Line(child, started, "S", legal, "N1", "U1", "PR1", firstMove, "X1", null, null, null, null, 3.0m);
                episodes.Line(child, firstMove, "P", legal, "N1", "U4", "PR4", secondMove, "X1", "CARPL", null, null, null, 12.0m);
                episodes.Line(child, secondMove, "P", legal, "N1", place, "PR4", null, null, "CHILD", null, null, null, miles);
            }
            else if (n % 5 == 0 && isLongTerm)
            {
                // A change of legal status only: the same placement continues.
                var changed = yearAgo.AddDays(20 + (n % 200));
                episodes.Line(child, started, "S", "C1", "N2", place, "PR1", changed, "X1", null, null, null, null, miles);
                episodes.Line(child, changed, "L", "C2", "N2", place, "PR1", null, null, null, null, null, null, miles);
            }
            else
            {
                episodes.Line(child, started, "S", legal, "N" + ((n % 8) + 1), place, "PR" + (n % 6), null, null, null, null, null, null, miles);
            }

            header.Line(child, (n % 2) + 1, born, Ethnicities[n % Ethnicities.Length], null, 0, null);
            if (isLongTerm)
            {
                // HEALTH_ASSESSMENT is the annual assessment the indicator counts. HEALTH_CHECK, the under-5
                // development check, is blank for older children and done for the under-5s whatever their assessment.
                var upToDate = n < healthy ? 1 : 0;
                int? developmentCheck = LookedAfterSource.AgeAt(born, period.End) < 5 ? 1 : null;
                health.Line(child, born, 10 + (n % 15), null, 0, developmentCheck, 1, upToDate, upToDate, 0, null, null);
            }
        }

        // Children on an agreed series of short breaks (V3): not in the cohort.
        for (var n = 0; n < 6; n++)
        {
            var child = $"LS{index:00}{n:0000}";
            episodes.Line(child, period.Start.AddDays(-200 + n), "S", "V3", "N1", "U1", "PR1", null, null, null, null, null, null, 4.0m);
            header.Line(child, 1, new DateOnly(2006, 3, 1).AddDays(n * 50), "WBRI", null, 0, null);
        }

        // Children who left care during the quarter: not looked after at its end.
        for (var n = 0; n < 12; n++)
        {
            var child = $"LC{index:00}{n:0000}";
            episodes.Line(child, period.Start.AddDays(-400 + (n * 9)), "S", "C2", "N1", "U1", "PR1", period.Start.AddDays(5 + (n * 7)), n % 2 == 0 ? "E13" : "E11", null, null, null, null, 8.0m);
            header.Line(child, 2, new DateOnly(2003, 9, 1).AddDays(n * 70), "WBRI", null, 0, null);
        }

        return (episodes.ToString(), header.ToString(), health.ToString(), CareLeavers(index));
    }

    private static string CareLeavers(int index)
    {
        var period = SampleArc.Quarters[index];
        var (_, learning, aged19To21) = RecordLevelFiles.Cohort(CareLeaversEet, index);
        var csv = new StringBuilder("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n");
        for (var n = 0; n < aged19To21; n++)
        {
            // Ages 19, 20 and 21 at quarter end, spread over the three years.
            var born = period.End.AddYears(-22).AddDays(1 + (n * 9 % 1090));
            var activity = n < learning ? Learning[n % Learning.Length] : NotLearning[n % NotLearning.Length];
            csv.Line($"CL{index:00}{n:0000}", born, activity == "0" ? "NO" : "YES", activity, activity == "0" ? "0" : "B1");
        }

        for (var n = 0; n < 20; n++)
        {
            // Aged 17 and 18: in OC3 but outside the 19–21 measure.
            csv.Line($"CY{index:00}{n:0000}", period.End.AddYears(-19).AddDays(1 + (n * 30)), "YES", Learning[n % Learning.Length], "B1");
        }

        return csv.ToString();
    }
}
