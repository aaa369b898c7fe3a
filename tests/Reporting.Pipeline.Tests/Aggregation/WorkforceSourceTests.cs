using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.MetricFiles.Workforce;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Tests.Aggregation;

public class WorkforceSourceTests
{
    private static readonly FinancialQuarter Q2 = FinancialQuarter.From("2016-17-Q2");

    // A hand-checked roster for 2016/17 Q2 (quarter end 30/09/2016; rolling year from 01/10/2015).
    // In post: P 1.0 + P 1.0 + P 0.8 + P 0.5 = 3.3 permanent FTE; A 0.5 + A 1.0 = 1.5 agency FTE.
    // Case holders: 1.0 (18 cases), 0.5 (9), 0.8 (12), 1.0 (20) = 3.3 FTE holding 59 cases.
    // Permanent leavers in the rolling year: 1.0 FTE (left 31/03/2016); the 15/09/2015 leaver and the agency leaver do not count.
    // First line managers: 1.0 + 0.5 = 1.5 FTE. Starters in the quarter: one permanent graduate, one agency.
    private const string Roster = """
        worker_id,team,role,employment,fte,start_date,end_date,cases,route
        W1,Team A,5,permanent,1.0,01/01/2014,,18,experienced
        W2,Team A,case holder,agency,0.5,01/08/2016,,9,experienced
        W3,Team A,first line manager,permanent,1.0,2010-01-01,,0,
        W4,Team B,5,permanent,0.8,15/07/2016,,12,graduate
        W5,Team B,5,agency,1.0,01/03/2015,,20,
        W6,Team B,5,permanent,1.0,01/01/2012,31/03/2016,,
        W7,Team B,5,permanent,0.5,01/01/2012,15/09/2015,,
        W8,Team A,4,agency,1.0,01/01/2015,01/06/2016,,
        W9,Team B,3,permanent,0.5,01/01/2013,,0,
        """;

    private const string Vacancies = """
        team,vacancy_fte,agency_cover_fte
        Team A,1.5,0.5
        Team B,0.7,0
        """;

    [Theory]
    [InlineData(PermanentPercent, 68.8)]   // 3.3 / 4.8 = 68.75%
    [InlineData(AgencyRate, 31.3)]         // 1.5 / 4.8 = 31.25%
    [InlineData(TurnoverRate, 30.3)]       // 1.0 / 3.3 = 30.30%
    [InlineData(CaseloadAverage, 17.9)]    // 59 / 3.3 = 17.88
    [InlineData(VacancyRate, 40.0)]        // 2.2 / (2.2 + 3.3) = 40%
    [InlineData(ManagerSpan, 2.2)]         // 3.3 / 1.5
    [InlineData(RecruitedPermanent, 1)]
    [InlineData(RecruitedGraduate, 1)]
    [InlineData(ManagersPermanent, 100)]   // first line and middle managers in post: W3 and W9, both permanent
    public void Read_HandWorkedRoster_GivesDfeFigures(string id, double expected)
    {
        var result = new WorkforceSource().Read(TestQuarter.Files("2016-17-Q2", ("workforce.csv", Roster), ("vacancies.csv", Vacancies)));

        Assert.Empty(result.Errors());
        Assert.Equal((decimal)expected, result.Shown(id));
    }

    [Fact]
    public void Aggregate_ManagersInMeasuresDisagreeWithTheRoster_TheRosterIsReportedAndTheConflictIsAWarning()
    {
        // measures.csv says 85% (28 of 33) of managers are permanent; the roster's two managers are both permanent.
        var files = TestQuarter.Files("2016-17-Q2", ("workforce.csv", Roster), ("measures.csv", "indicator,period,value,numerator,denominator\nmanagers-permanent-pct,,85,28,33\n"));
        var validated = QuarterValidation.Validate(files, [new WorkforceSource()]);

        var indicators = IndicatorAggregator.Aggregate(validated, new Dictionary<FinancialQuarter, IReadOnlyList<IndicatorValue>>());

        Assert.Equal(100m, indicators.Current[ManagersPermanent].Value);
        var warning = Assert.Single(validated.Findings, f => f.File.EndsWith("measures.csv", StringComparison.Ordinal));
        Assert.Equal(Reporting.Domain.Findings.Severity.Warning, warning.Severity);
        Assert.Contains("the record-level figure is reported", warning.Rule);
    }

    [Fact]
    public void Read_VacancyRowWithBadAgencyCover_IsLeftOutOfTheVacancyRate()
    {
        // Team A's row is rejected (agency cover in words), so only Team B's 0.7 counts: 0.7 / (0.7 + 3.3) = 17.5%.
        var vacancies = "team,vacancy_fte,agency_cover_fte\nTeam A,1.5,half\nTeam B,0.7,0\n";

        var result = new WorkforceSource().Read(TestQuarter.Files("2016-17-Q2", ("workforce.csv", Roster), ("vacancies.csv", vacancies)));

        var error = Assert.Single(result.Errors());
        Assert.Equal((2, "agency_cover_fte"), (error.Row, error.Column));
        Assert.Equal(17.5m, result.Shown(VacancyRate));
    }

    [Fact]
    public void Read_HandWorkedRoster_GivesTeamCaseloadAndAgencyShare()
    {
        var result = new WorkforceSource().Read(TestQuarter.Files("2016-17-Q2", ("workforce.csv", Roster)));

        // Team A: 27 cases / 1.5 FTE = 18.0; agency 0.5 of 2.5 FTE = 20%. Team B: 32 / 1.8 = 17.8; agency 1.0 of 2.3 = 43.5%.
        Assert.Equal(
            [new TeamFigures("Team A", 18.0m, 20.0m, 1.5m), new TeamFigures("Team B", 17.8m, 43.5m, 1.8m)],
            result.Teams);
    }

    [Fact]
    public void Read_TeamNamesInAnyCase_MakeOneTeamNamedAsFirstWritten()
    {
        const string roster = """
            worker_id,team,role,employment,fte,start_date,end_date,cases
            W1,north,5,permanent,1.0,01/01/2014,,10
            W2,North,5,agency,1.0,01/01/2014,,20
            W3,East,5,permanent,0.5,01/01/2014,,6
            W4,EAST,5,permanent,1.0,01/01/2012,31/03/2016,
            W5,West,5,permanent,1.0,01/01/2012,31/03/2016,
            """;

        var result = new WorkforceSource().Read(TestQuarter.Files("2016-17-Q2", ("workforce.csv", roster)));

        // In post at 30/09/2016: north and North are one team, "north": 30 cases / 2.0 FTE = 15.0, agency 1.0 of 2.0 = 50%.
        // East: 6 / 0.5 = 12.0, no agency; its leaver (W4) is in no team, and West, whose only worker left, has no row.
        Assert.Equal(
            [new TeamFigures("East", 12.0m, 0.0m, 0.5m), new TeamFigures("north", 15.0m, 50.0m, 2.0m)],
            result.Teams);
    }

    [Fact]
    public void Indicators_DfeEngland2023Components_GivePublishedRates()
    {
        // DfE Children's social work workforce 2023, England: 33,119.1 FTE in post, 5,254.6 leavers,
        // 7,173.5 agency, 7,722.7 vacancies, 21,111.4 case-holding FTE holding 337,055 cases.
        var totals = new WorkforceTotals(33_119.1m, 7_173.5m, 5_254.6m, 21_111.4m, 337_055m, 0m, 0, 0);
        var roster = new WorkforceRoster("england", [], HasCases: true, HasStartDates: true, HasRoutes: true, HasTeams: false);
        var values = totals.Indicators(Q2, roster, new VacancyCount("england", 7_722.7m));

        decimal Shown(string id) => Get(id).Round(values.Single(v => v.IndicatorId == id).Value!.Value);
        Assert.Equal(15.9m, Shown(TurnoverRate));
        Assert.Equal(17.8m, Shown(AgencyRate));
        Assert.Equal(18.9m, Shown(VacancyRate));
        Assert.Equal(16.0m, Shown(CaseloadAverage));
        Assert.Equal(82.2m, Shown(PermanentPercent));
    }

    [Fact]
    public void Read_RosterWithoutOptionalColumns_MarksDependentIndicatorsNotAvailable()
    {
        const string minimal = """
            worker_id,team,role,employment,fte
            W1,Team A,5,permanent,1
            """;
        var result = new WorkforceSource().Read(TestQuarter.Files("2016-17-Q2", ("workforce.csv", minimal)));

        Assert.Equal(100m, result.Shown(PermanentPercent));
        Assert.False(result.Value(CaseloadAverage).IsAvailable);
        Assert.Contains("cases", result.Value(CaseloadAverage).NotAvailableReason);
        Assert.False(result.Value(VacancyRate).IsAvailable);
        Assert.False(result.Value(RecruitedGraduate).IsAvailable);
    }

    [Fact]
    public void Read_CensusXml_GivesTheSameFiguresAsTheCsv()
    {
        // The in-post part of the roster above as CSWW census workers (no teams), with LA-level vacancies.
        const string census = """
            <Message>
              <Header><CollectionDetails><Collection>CSWW</Collection><Year>2016</Year><ReferenceDate>2016-09-30</ReferenceDate></CollectionDetails></Header>
              <LALevelVacancies><NumberOfVacancies>2.2</NumberOfVacancies><NoAgencyFTE>0.5</NoAgencyFTE></LALevelVacancies>
              <CSWWWorker><AgencyWorker>0</AgencyWorker><SWENo>SW1</SWENo><FTE>1</FTE><OrgRole>5</OrgRole><RoleStartDate>2014-01-01</RoleStartDate><Cases30>18</Cases30></CSWWWorker>
              <CSWWWorker><AgencyWorker>1</AgencyWorker><SWENo>SW2</SWENo><FTE>0.5</FTE><RoleStartDate>2016-08-01</RoleStartDate><Cases30>9</Cases30></CSWWWorker>
              <CSWWWorker><AgencyWorker>0</AgencyWorker><SWENo>SW3</SWENo><FTE>1</FTE><OrgRole>3</OrgRole><RoleStartDate>2010-01-01</RoleStartDate><Cases30>0</Cases30></CSWWWorker>
              <CSWWWorker><AgencyWorker>0</AgencyWorker><SWENo>SW4</SWENo><FTE>0.8</FTE><OrgRole>5</OrgRole><RoleStartDate>2016-07-15</RoleStartDate><Cases30>12</Cases30><StepUpGrad>1</StepUpGrad></CSWWWorker>
              <CSWWWorker><AgencyWorker>1</AgencyWorker><SWENo>SW5</SWENo><FTE>1</FTE><RoleStartDate>2015-03-01</RoleStartDate><Cases30>20</Cases30></CSWWWorker>
              <CSWWWorker><AgencyWorker>0</AgencyWorker><SWENo>SW6</SWENo><FTE>0</FTE><OrgRole>5</OrgRole><RoleStartDate>2012-01-01</RoleStartDate><RoleEndDate>2016-03-31</RoleEndDate><FTE30>1</FTE30></CSWWWorker>
              <CSWWWorker><AgencyWorker>0</AgencyWorker><SWENo>SW9</SWENo><FTE>0.5</FTE><OrgRole>3</OrgRole><RoleStartDate>2013-01-01</RoleStartDate><Cases30>0</Cases30></CSWWWorker>
            </Message>
            """;
        var result = new WorkforceSource().Read(TestQuarter.Files("2016-17-Q2", ("csww.xml", census)));

        Assert.Empty(result.Errors());
        Assert.Equal(68.8m, result.Shown(PermanentPercent));
        Assert.Equal(30.3m, result.Shown(TurnoverRate));
        Assert.Equal(17.9m, result.Shown(CaseloadAverage));
        Assert.Equal(40.0m, result.Shown(VacancyRate));
        Assert.Equal(2.2m, result.Shown(ManagerSpan));
        Assert.Equal(1m, result.Shown(RecruitedGraduate));
        Assert.Empty(result.Teams);
    }

    [Fact]
    public void Read_BothRosterFormats_UsesCsvAndWarnsAboutCensus()
    {
        var result = new WorkforceSource().Read(TestQuarter.Files("2016-17-Q2", ("workforce.csv", Roster), ("csww.xml", "<Message/>")));

        Assert.Equal(68.8m, result.Shown(PermanentPercent));
        Assert.Contains(result.Findings, f => f.File.EndsWith("csww.xml", StringComparison.Ordinal) && f.Rule.Contains("Not used", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NoWorkforceFiles_ReturnsNothing() =>
        Assert.Same(SourceResult.Nothing, new WorkforceSource().Read(TestQuarter.Files("2016-17-Q2", ("missing.csv", "x"))));

    [Fact]
    public void Read_LiiaToolsCensusSample_ParsesAndFlagsOddValues()
    {
        var result = new WorkforceSource().Read(TestQuarter.Files("2022-23-Q2", ("csww.xml", TestQuarter.Fixture("liia-tools/social_work_workforce_2022.xml"))));

        Assert.Equal(9, result.Values.Count); // the eight DfE workforce measures and team managers in permanent posts
        Assert.All(result.Findings, f => Assert.NotNull(f.ElementPath ?? f.File));
        Assert.Contains(result.Findings, f => f.Column == "FTE" && f.ElementPath!.StartsWith("/Message/CSWWWorker[", StringComparison.Ordinal));
        Assert.True(result.Value(VacancyRate).IsAvailable);
    }

    [Fact]
    public void Read_RowsOutsideThePeriod_AreFlaggedAndNotCounted()
    {
        const string roster = """
            worker_id,team,role,employment,fte,start_date,end_date,cases
            W1,A,5,permanent,1,01/01/2015,,10
            W2,A,5,permanent,1,01/10/2016,,10
            W3,A,5,permanent,1,01/01/2010,30/09/2015,
            """;
        var result = new WorkforceSource().Read(TestQuarter.Files("2016-17-Q2", ("workforce.csv", roster)));

        Assert.Equal(0m, result.Shown(TurnoverRate));
        Assert.Equal(10m, result.Shown(CaseloadAverage));
        Assert.Contains(result.Findings, f => f.Rule.StartsWith("1 worker starts after the quarter end (30/09/2016)", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Rule.StartsWith("1 worker left before the 12 months to quarter end (before 01/10/2015)", StringComparison.Ordinal));
    }
}
