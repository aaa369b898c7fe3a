using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.MetricFiles.LookedAfter;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Aggregation;

/// <summary>
/// Priority 8 and 9 indicators from the SSDA903 tables (Children looked after in England
/// methodology). The cohort is the children with an episode open at the end of the quarter's last
/// day whose current legal status is not V3/V4 (agreed series of short-term placements).
/// </summary>
public sealed class LookedAfterSource : IRecordSource
{
    public bool Reads(string relativeName) => Ssda903Files.Names.Contains(relativeName, StringComparer.OrdinalIgnoreCase);

    public SourceResult Read(QuarterFiles files)
    {
        var episodes = files.Upload(Ssda903Files.Episodes);
        var header = files.Upload(Ssda903Files.Header);
        var oc2 = files.Upload(Ssda903Files.HealthOutcomes);
        var oc3 = files.Upload(Ssda903Files.CareLeaverOutcomes);
        if (episodes is null && header is null && oc2 is null && oc3 is null)
        {
            return SourceResult.Nothing;
        }

        var findings = new FindingList();
        var postcodeFile = files.ConfigFile(PostcodeBook.Name);
        var postcodes = postcodeFile is null ? null : PostcodeBook.Read(postcodeFile, findings);
        var tables = Ssda903Files.Read(episodes, header, oc2, oc3, postcodes, findings);
        var values = Compute(tables, files.Period, findings);
        return new SourceResult(values, findings, []);
    }

    /// <summary>The looked-after indicators for a quarter; findings receive the not-known-distance figure.</summary>
    public static IReadOnlyList<IndicatorValue> Compute(Ssda903Tables tables, FinancialQuarter period, FindingList findings)
    {
        const string source = Ssda903Files.Episodes;
        var values = new List<IndicatorValue>();
        if (tables.Episodes is not { } episodes)
        {
            var reason = "ssda903/episodes.csv was not uploaded or could not be used (see the data-quality findings)";
            values.AddRange(((string[])[ChildrenLookedAfter, PlacedOver20Miles, PlacementMoves3Plus, HealthAssessments])
                .Select(id => IndicatorValue.NotAvailable(id, period, reason, source)));
        }
        else
        {
            var cohort = LookedAfterCohort.At(episodes, period);
            values.Add(IndicatorValue.Available(ChildrenLookedAfter, period, cohort.Count, source));
            values.Add(Distance(tables, cohort, period, findings));
            values.Add(IndicatorValue.FromParts(Get(PlacementMoves3Plus), period, cohort.Count(c => c.PlacementsInYear >= 3), cohort.Count, source));
            values.Add(HealthAssessment(tables, cohort, period, findings));
        }

        values.Add(CareLeavers(tables, period));
        return values;
    }

    private static IndicatorValue Distance(Ssda903Tables tables, IReadOnlyList<LookedAfterChild> cohort, FinancialQuarter period, FindingList findings)
    {
        if (!tables.DistanceKnown)
        {
            return IndicatorValue.NotAvailable(PlacedOver20Miles, period,
                "placement distances are not known: episodes.csv has no PL_DISTANCE, and no HOME_POST/PL_POST with config/postcodes.csv", Ssda903Files.Episodes);
        }

        var unknown = cohort.Count(c => c.Current.DistanceMiles is null);
        if (unknown > 0)
        {
            findings.Add(Finding.Warning(tables.EpisodesName,
                $"Placement distance not known for {unknown} of {cohort.Count} children looked after at quarter end (no PL_DISTANCE, or a postcode missing from config/postcodes.csv): they stay in the denominator of the over-20-miles figure and are not counted as over 20 miles."));
        }

        var over = cohort.Count(c => c.Current.DistanceMiles is { } miles && PlacementDistance.OverTwentyMiles(miles));
        var source = unknown == 0 ? Ssda903Files.Episodes : $"{Ssda903Files.Episodes} (distance not known for {unknown} of {cohort.Count} children, counted in the denominator)";
        return IndicatorValue.FromParts(Get(PlacedOver20Miles), period, over, cohort.Count, source) with { NotKnown = unknown == 0 ? null : unknown };
    }

    private static IndicatorValue HealthAssessment(Ssda903Tables tables, IReadOnlyList<LookedAfterChild> cohort, FinancialQuarter period, FindingList findings)
    {
        if (tables.Health is not { } health)
        {
            return IndicatorValue.NotAvailable(HealthAssessments, period, "ssda903/oc2.csv was not uploaded or could not be used", Ssda903Files.HealthOutcomes);
        }

        var upToDate = health.Where(h => h.HealthAssessmentUpToDate).Select(h => h.Child).ToHashSet();
        var recorded = health.Select(h => h.Child).ToHashSet();
        var longTerm = cohort.Where(c => c.PeriodOfCareStarted <= period.End.AddYears(-1)).ToList();
        var absent = longTerm.Count(c => !recorded.Contains(c.Child));
        if (absent > 0)
        {
            findings.Add(Finding.Warning(tables.HealthName,
                $"{absent} children looked after for 12 months or more at quarter end have no OC2 row: they count as not having an up-to-date health assessment."));
        }

        return IndicatorValue.FromParts(Get(HealthAssessments), period, longTerm.Count(c => upToDate.Contains(c.Child)), longTerm.Count, $"{Ssda903Files.Episodes} and {Ssda903Files.HealthOutcomes}");
    }

    private static IndicatorValue CareLeavers(Ssda903Tables tables, FinancialQuarter period)
    {
        if (tables.CareLeavers is not { } leavers)
        {
            return IndicatorValue.NotAvailable(CareLeaversEet, period, "ssda903/oc3.csv was not uploaded or could not be used", Ssda903Files.CareLeaverOutcomes);
        }

        var aged = leavers.Where(l => AgeAt(l.BirthDate, period.End) is >= 19 and <= 21).ToList();
        return IndicatorValue.FromParts(Get(CareLeaversEet), period,
            aged.Count(l => Ssda903Codes.InEducationEmploymentOrTraining(l.Activity)), aged.Count, Ssda903Files.CareLeaverOutcomes);
    }

    /// <summary>Age in whole years on a date.</summary>
    public static int AgeAt(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        return on < born.AddYears(age) ? age - 1 : age;
    }
}
