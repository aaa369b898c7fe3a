using Reporting.Pipeline.Aggregation;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Tests.Aggregation;

public class MissingSourceTests
{
    // 2016/17 Q2 runs 01/07/2016 to 30/09/2016. Missing (M) episodes ending in it: rows 2, 3, 4 and 8 = 4.
    // Offered: rows 2, 3, 8 = 3. Held: rows 2, 3, 8 = 3. Within 72 hours (3 days): rows 2 (2 days) and 8 (3 days) = 2.
    // Not counted: row 5 (away, not missing), row 6 (ended in June), row 7 (still open).
    private const string Episodes = """
        CHILD,DOB,MISSING,MIS_START,MIS_END,COHORT,RHI_OFFERED,RHI_DATE
        C1,01/01/2002,M,01/07/2016,02/07/2016,CLA,Y,04/07/2016
        C1,01/01/2002,M,10/07/2016,11/07/2016,CLA,Y,15/07/2016
        C2,01/01/2003,M,20/08/2016,21/08/2016,CIN,N,
        C3,01/01/2004,A,01/08/2016,02/08/2016,CLA,Y,03/08/2016
        C4,01/01/2005,M,25/06/2016,30/06/2016,CLA,Y,01/07/2016
        C5,01/01/2006,M,29/09/2016,,CLA,,
        C6,01/01/2001,M,28/09/2016,2016-09-30,CP,Y,2016-10-03
        """;

    [Theory]
    [InlineData(MissingEpisodes, 4)]
    [InlineData(ReturnInterviewOffered, 75.0)]
    [InlineData(ReturnInterviewHeld, 75.0)]
    [InlineData(ReturnInterviewWithin72Hours, 50.0)]
    public void Read_HandWorkedEpisodes_GivesFigures(string id, double expected)
    {
        var result = new MissingSource().Read(TestQuarter.Files("2016-17-Q2", ("missing.csv", Episodes)));

        Assert.Empty(result.Errors());
        Assert.Equal((decimal)expected, result.Shown(id));
    }

    [Fact]
    public void Read_SameChildAndStartTwice_WarnsOnTheRepeatOnlyAndCountsBoth()
    {
        // Rows 2 and 4 are C1 starting 01/07/2016 (row 4 repeats it, ending a day later, so not an exact
        // copy of the row, which is a finding of its own); row 3 is C1 on another day, row 5
        // another child on that day, row 6 "c1" (ids are case-sensitive here), row 7 C1's second start
        // again (row 3's). Repeats: rows 4 and 7. Missing episodes ended in the quarter: all 6.
        const string file = """
            CHILD,MISSING,MIS_START,MIS_END
            C1,M,01/07/2016,02/07/2016
            C1,M,10/07/2016,11/07/2016
            C1,M,01/07/2016,03/07/2016
            C2,M,01/07/2016,03/07/2016
            c1,M,01/07/2016,02/07/2016
            C1,M,10/07/2016,12/07/2016
            """;

        var result = new MissingSource().Read(TestQuarter.Files("2016-17-Q2", ("missing.csv", file)));

        Assert.Equal([4, 7], result.Findings.Where(f => f.Rule.StartsWith("MIS_START repeats an episode", StringComparison.Ordinal)).Select(f => f.Row ?? 0));
        Assert.Equal(6m, result.Shown(MissingEpisodes));
    }

    [Fact]
    public void Read_InterviewHeldWithOfferedBlank_CountsAsOfferedAndHeld()
    {
        // One missing episode ended 02/07/2016 with an interview on 04/07/2016 and RHI_OFFERED left blank:
        // the interview took place, so it was offered: offered 1 of 1 = 100%, held 1 of 1 = 100%.
        const string file = """
            CHILD,MISSING,MIS_START,MIS_END,RHI_OFFERED,RHI_DATE
            C1,M,01/07/2016,02/07/2016,,04/07/2016
            """;

        var result = new MissingSource().Read(TestQuarter.Files("2016-17-Q2", ("missing.csv", file)));

        Assert.Empty(result.Findings);
        Assert.Equal(100.0m, result.Shown(ReturnInterviewOffered));
        Assert.Equal(100.0m, result.Shown(ReturnInterviewHeld));
    }

    [Fact]
    public void Read_PlainSsda903MissingTable_HasNoRhiFigures()
    {
        const string plain = """
            CHILD,DOB,MISSING,MIS_START,MIS_END
            C1,01/01/2002,M,01/07/2016,02/07/2016
            """;
        var result = new MissingSource().Read(TestQuarter.Files("2016-17-Q2", ("missing.csv", plain)));

        Assert.Equal(1m, result.Shown(MissingEpisodes));
        Assert.Empty(result.Findings);
        foreach (var id in new[] { ReturnInterviewOffered, ReturnInterviewHeld, ReturnInterviewWithin72Hours })
        {
            Assert.False(result.Value(id).IsAvailable);
            Assert.Contains("RHI", result.Value(id).NotAvailableReason);
        }
    }

    [Fact]
    public void Read_InterviewBeforeReturn_IsAnErrorAndTheRowIsLeftOut()
    {
        const string bad = """
            CHILD,MISSING,MIS_START,MIS_END,RHI_OFFERED,RHI_DATE
            C1,M,01/07/2016,05/07/2016,Y,04/07/2016
            C2,M,01/07/2016,05/07/2016,Y,06/07/2016
            """;
        var result = new MissingSource().Read(TestQuarter.Files("2016-17-Q2", ("missing.csv", bad)));

        var error = Assert.Single(result.Errors());
        Assert.Equal((2, "RHI_DATE"), (error.Row, error.Column));
        Assert.Equal(1m, result.Shown(MissingEpisodes));
    }
}
