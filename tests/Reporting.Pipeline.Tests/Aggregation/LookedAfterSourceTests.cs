using Reporting.Domain.Findings;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles.LookedAfter;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Tests.Aggregation;

public class LookedAfterSourceTests
{
    // 2016/17 Q4 ends 31/03/2017; the rolling year starts 01/04/2016; looked after 12 months or more means since 31/03/2016 or earlier.
    // A: three placements in the year (U1 until 01/06/2016, U1 until 01/09/2016, then K2 at 30.2 miles), in care since 01/01/2015.
    // B: started 01/12/2016 at exactly 20.0 miles (not more than 20).
    // C: open V3 short-break episode: out of the cohort.
    // D: ceased 15/03/2017: not looked after at quarter end.
    // E: in care since 01/03/2016, a legal-status-only change (RNE L) on 15/06/2016, distance not known.
    // Cohort A, B, E = 3; over 20 miles A = 1/3; 3+ placements A = 1/3.
    private const string Episodes = """
        CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,PL_DISTANCE
        A,01/01/2015,S,C2,N1,U1,PR1,01/06/2016,X1,,,,,25.0
        A,01/06/2016,P,C2,N1,U1,PR1,01/09/2016,X1,CARPL,,,,5.0
        A,01/09/2016,P,C2,N1,K2,PR4,,,CARPL,,,,30.2
        B,01/12/2016,S,C1,N2,U3,PR1,,,,,,,20.0
        C,01/01/2016,S,V3,N1,U1,PR1,,,,,,,40
        D,01/05/2015,S,C2,N1,U1,PR1,15/03/2017,E13,,,,,50
        E,01/03/2016,S,C2,N1,U1,PR1,15/06/2016,X1,,,,,
        E,15/06/2016,L,J2,N1,U1,PR1,,,,,,,
        """;

    // Long-term cohort: A (HEALTH_ASSESSMENT 1) and E (HEALTH_ASSESSMENT 0) = 1/2. HEALTH_CHECK, the under-5
    // development check, points the other way: blank for A (aged 9), 1 for E (aged 4).
    private const string HealthOutcomes = """
        CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
        A,01/01/2008,12,,0,,1,1,1,0,,
        E,01/01/2013,,SDQ1,0,1,1,1,0,0,,
        """;

    // Aged 19–21 on 31/03/2017: born 01/01/1997 (20, F1), 31/03/1996 (21, G5), 15/02/1998 (19, 0 not known) = 1 of 3.
    // Out: born 01/04/1998 (18 until the next day), 01/02/1995 (22).
    private const string CareLeavers = """
        CHILD,DOB,IN_TOUCH,ACTIV,ACCOM
        L1,01/01/1997,YES,F1,B1
        L2,31/03/1996,YES,G5,C2
        L3,15/02/1998,NO,0,0
        L4,01/04/1998,YES,P1,B1
        L5,01/02/1995,YES,P1,B1
        """;

    private static SourceResult Read(string episodes, params (string, string)[] more) =>
        new LookedAfterSource().Read(TestQuarter.Files("2016-17-Q4", [("ssda903/episodes.csv", episodes), .. more]));

    [Theory]
    [InlineData(ChildrenLookedAfter, 3)]
    [InlineData(PlacedOver20Miles, 33.3)]
    [InlineData(PlacementMoves3Plus, 33.3)]
    [InlineData(HealthAssessments, 50.0)]
    [InlineData(CareLeaversEet, 33.3)]
    public void Read_HandWorkedTables_GivesFigures(string id, double expected)
    {
        var result = Read(Episodes, ("ssda903/oc2.csv", HealthOutcomes), ("ssda903/oc3.csv", CareLeavers));

        Assert.Empty(result.Errors());
        Assert.Equal((decimal)expected, result.Shown(id));
    }

    [Fact]
    public void Read_ChildWithoutDistance_StaysInDenominatorAndIsReportedAsItsOwnFigure()
    {
        var result = Read(Episodes);

        Assert.Equal(3m, result.Value(PlacedOver20Miles).Denominator);
        Assert.Contains("distance not known for 1 of 3 children", result.Value(PlacedOver20Miles).Source);
        Assert.Contains(result.Findings, f => f.Severity == Severity.Warning && f.Rule.Contains("not known for 1 of 3 children", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NoOutcomeTables_MarksHealthAndCareLeaversNotAvailable()
    {
        var result = Read(Episodes);

        Assert.False(result.Value(HealthAssessments).IsAvailable);
        Assert.False(result.Value(CareLeaversEet).IsAvailable);
        Assert.True(result.Value(ChildrenLookedAfter).IsAvailable);
    }

    [Fact]
    public void Read_Oc2WithoutHealthAssessmentColumn_IsUnusableAndSaysWhichColumn()
    {
        var result = Read(Episodes, ("ssda903/oc2.csv", "CHILD,HEALTH_CHECK\nA,1\nE,1\n"));

        var error = Assert.Single(result.Errors());
        Assert.Equal((1, "HEALTH_ASSESSMENT"), (error.Row, error.Column));
        Assert.False(result.Value(HealthAssessments).IsAvailable);
    }

    [Fact]
    public void Read_HealthCheckNotAZeroOneCode_RejectsThatRow()
    {
        // A's row is left out, so neither long-term child has an up-to-date assessment: 0 of 2.
        var result = Read(Episodes, ("ssda903/oc2.csv", "CHILD,HEALTH_CHECK,HEALTH_ASSESSMENT\nA,Y,1\nE,,0\n"));

        var error = Assert.Single(result.Errors());
        Assert.Equal((2, "HEALTH_CHECK", "Y"), (error.Row, error.Column, error.Value));
        Assert.Equal(0m, result.Shown(HealthAssessments));
    }

    [Fact]
    public void Read_PostcodesWithoutDistanceColumn_ComputesDistanceWithDfeFormula()
    {
        // Home at (451000, 206000); placements 12 km east-north (12000, 16000 → 20 km = 12.4 miles) and (149000, 144000) away (128.8 miles).
        const string episodes = """
            CHILD,DECOM,RNE,LS,PLACE,DEC,HOME_POST,PL_POST
            A,01/01/2017,S,C2,U1,,AB1 2CD,EF3 4GH
            B,01/01/2017,S,C2,U1,,ab12cd,IJ5 6KL
            C,01/01/2017,S,C2,U1,,AB1 2CD,ZZ9 9ZZ
            """;
        const string postcodes = """
            postcode,easting,northing
            AB1 2CD,451000,206000
            EF3 4GH,463000,222000
            IJ5 6KL,600000,350000
            """;
        var result = new LookedAfterSource().Read(TestQuarter.Files("2016-17-Q4", [("ssda903/episodes.csv", episodes)], [("postcodes.csv", postcodes)]));

        Assert.Empty(result.Errors());
        var over = result.Value(PlacedOver20Miles);
        Assert.Equal((1m, 3m), (over.Numerator, over.Denominator));
        Assert.Contains(result.Findings, f => f.Rule.Contains("not known for 1 of 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NeitherDistanceNorPostcodes_MarksDistanceNotAvailable()
    {
        const string episodes = """
            CHILD,DECOM,RNE,LS,PLACE,DEC
            A,01/01/2017,S,C2,U1,
            """;
        var result = Read(episodes);

        Assert.Equal(1m, result.Shown(ChildrenLookedAfter));
        Assert.False(result.Value(PlacedOver20Miles).IsAvailable);
    }

    [Theory]
    [InlineData(0, 0, 3000, 4000, 3.1)]            // 5 km = 3.107 miles
    [InlineData(530000, 180000, 530000, 180000, 0.0)]
    [InlineData(0, 0, 32186, 0, 20.0)]              // exactly 20 miles: not "more than 20"
    [InlineData(0, 0, 32268, 0, 20.1)]              // 20.05 rounds to 20.1
    [InlineData(451000, 206000, 600000, 350000, 128.8)]
    public void Miles_GridReferences_FollowsDfeFormula(int homeE, int homeN, int placeE, int placeN, double expected) =>
        Assert.Equal((decimal)expected, PlacementDistance.Miles(homeE, homeN, placeE, placeN));

    [Theory]
    [InlineData(20.0, false)]
    [InlineData(20.1, true)]
    public void OverTwentyMiles_Boundary_IsStrictlyMore(double miles, bool expected) =>
        Assert.Equal(expected, PlacementDistance.OverTwentyMiles((decimal)miles));

    [Fact]
    public void Read_LiiaToolsEpisodesSample_ParsesAndFlagsOverlaps()
    {
        var result = Read(TestQuarter.Fixture("liia-tools/SSDA903_2020_episodes.csv"));

        Assert.Empty(result.Errors());
        // On 31/03/2019 only child 249901 (J3 from 30/03/2019) and 689661 (V4, a short break; J2 from 02/12/2018) have open episodes;
        // 689661's latest-starting open episode is the V4 one (11/12/2018), so it is out: the cohort is 1.
        var atYearEnd = new LookedAfterSource().Read(TestQuarter.Files("2018-19-Q4", ("ssda903/episodes.csv", TestQuarter.Fixture("liia-tools/SSDA903_2020_episodes.csv"))));
        Assert.Equal(1m, atYearEnd.Shown(ChildrenLookedAfter));
        Assert.Contains(atYearEnd.Findings, f => f.Rule.Contains("overlap", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LiiaToolsEpisodesWithOverlaps_AgreesWithAHandCount()
    {
        // Worked by hand for 2019/20 Q1 (quarter end 30/06/2019, rolling year from 01/07/2018): eight children have an
        // episode open on 30/06/2019 (all but NORULE_NEW, whose episodes are in 2022); RULE1_BAD (open 2016 episode, T on
        // 20/08/2017, P on 21/06/2019) and RULE4_BAD (S, P, P from November 2018) had three placements in the year: 2 of 8.
        // Five children have overlapping episodes. ISO dates and the extra LA and YEAR columns are accepted.
        var result = Read(TestQuarter.Fixture("liia-tools/SSDA903_episodes_for_testing_fixes_INPUT.csv"),
            ("ssda903/header.csv", TestQuarter.Fixture("liia-tools/SSDA903_2020_header.csv")));
        var atQuarterEnd = new LookedAfterSource().Read(TestQuarter.Files("2019-20-Q1",
            ("ssda903/episodes.csv", TestQuarter.Fixture("liia-tools/SSDA903_episodes_for_testing_fixes_INPUT.csv"))));

        Assert.Equal(8m, atQuarterEnd.Shown(ChildrenLookedAfter));
        Assert.Equal(25.0m, atQuarterEnd.Shown(PlacementMoves3Plus));
        Assert.Empty(atQuarterEnd.Errors());
        Assert.Contains(atQuarterEnd.Findings, f => f.Rule.StartsWith("5 children have episodes that overlap", StringComparison.Ordinal));
        Assert.False(atQuarterEnd.Value(PlacedOver20Miles).IsAvailable);

        // The header sample's ethnicity UNKN is not a DfE code: one finding, naming row 6 and the column, not the child.
        var header = Assert.Single(result.Errors());
        Assert.Equal((6, "ETHNIC", "UNKN"), (header.Row, header.Column, header.Value));
    }
}
