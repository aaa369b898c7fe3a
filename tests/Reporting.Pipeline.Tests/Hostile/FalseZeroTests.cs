using Reporting.Domain.Findings;
using Reporting.Testing;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Tests.Hostile;

/// <summary>Issue 13, item 1: a file with no usable rows is a finding and its indicators are "not available", never a false zero.</summary>
public class FalseZeroTests
{
    public static TheoryData<string, string> HeaderOnlyFiles => new()
    {
        { "vacancies.csv", VacancyRate },
        { "ssda903/episodes.csv", ChildrenLookedAfter },
        { "ssda903/oc2.csv", HealthAssessments },
        { "ssda903/oc3.csv", CareLeaversEet },
        { "missing.csv", MissingEpisodes },
        { "workforce.csv", CaseloadAverage },
    };

    [Theory]
    [MemberData(nameof(HeaderOnlyFiles))]
    public void Aggregate_HeaderOnlyFile_IndicatorIsNotAvailableWithAFinding(string name, string indicator)
    {
        var files = SampleQuarter.Files(SampleQuarter.Replace(name, SampleQuarter.Header(name)), ("measures.csv", null));

        var (quarter, indicators) = SampleQuarter.Aggregate(files);

        Assert.False(indicators.Current[indicator].IsAvailable, $"{indicator} = {indicators.Current[indicator].Value}");
        Assert.Contains(quarter.Errors(), f => f.File.EndsWith(name, StringComparison.Ordinal) && f.Rule.Contains("no records", StringComparison.Ordinal));
    }

    [Fact]
    public void Aggregate_CinCensusWithoutAChild_ReferralsAreNotAvailableWithAFindingNotZero()
    {
        var census = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Message><Header><Source><LEA>933</LEA></Source></Header><Children></Children></Message>\n";
        var files = SampleQuarter.Files(SampleQuarter.Replace("cin.xml", census), ("measures.csv", null));

        var (quarter, indicators) = SampleQuarter.Aggregate(files);

        Assert.False(indicators.Current[Referrals].IsAvailable, $"referrals = {indicators.Current[Referrals].Value}");
        Assert.Contains(quarter.Errors(), f => f.File.EndsWith("cin.xml", StringComparison.Ordinal) && f.Rule.Contains("no records", StringComparison.Ordinal));
    }

    /// <summary>Issue (publication gate), item 3: every Child rejected made referrals 0, overriding measures.csv's 1,310.</summary>
    [Fact]
    public void Aggregate_CinCensusWithEveryChildRejected_MeasuresFigureStandsAndTheCensusIsAnError()
    {
        var census = System.Text.RegularExpressions.Regex.Replace(SampleQuarter.Text("cin.xml"), "<LAchildID>[^<]*</LAchildID>", "<LAchildID></LAchildID>");
        Assert.Contains("referrals,,1310,", SampleQuarter.Text("measures.csv"), StringComparison.Ordinal);

        var (quarter, indicators) = SampleQuarter.Aggregate(SampleQuarter.Files(SampleQuarter.Replace("cin.xml", census)));
        var (_, withoutMeasures) = SampleQuarter.Aggregate(SampleQuarter.Files(SampleQuarter.Replace("cin.xml", census), ("measures.csv", null)));

        Assert.Equal(1310m, indicators.Current[Referrals].Value);
        Assert.Contains("measures.csv", indicators.Current[Referrals].Source, StringComparison.Ordinal);
        Assert.Contains(quarter.Errors(), f => f.File.EndsWith("cin.xml", StringComparison.Ordinal) && f.Rule.StartsWith("None of the", StringComparison.Ordinal) && f.Rule.Contains("not available, not zero", StringComparison.Ordinal));
        Assert.All((string[])[Referrals, ReReferrals, AssessmentsIn45Days, ConferencesIn15Days, RepeatProtectionPlans], id =>
            Assert.False(withoutMeasures.Current[id].IsAvailable, $"{id} = {withoutMeasures.Current[id].Value}"));
    }

    public static TheoryData<string, string, decimal> EveryRecordRejected => new()
    {
        { "ssda903/episodes.csv", ChildrenLookedAfter, 480m },
        { "missing.csv", MissingEpisodes, 61m },
        { "workforce.csv", CaseloadAverage, 14.2m },
    };

    [Theory]
    [MemberData(nameof(EveryRecordRejected))]
    public void Aggregate_RecordFileWithEveryRecordRejected_MeasuresFigureStandsOrItIsNotAvailable(string name, string indicator, decimal figure)
    {
        var shifted = ChildDetailsCorpus.Shift(SampleQuarter.Text(name));
        var measured = SampleQuarter.Header("measures.csv") + indicator + ",," + figure.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",,,\n";

        var (quarter, indicators) = SampleQuarter.Aggregate(SampleQuarter.Files(SampleQuarter.Replace(name, shifted), SampleQuarter.Replace("measures.csv", measured)));
        var (_, withoutMeasures) = SampleQuarter.Aggregate(SampleQuarter.Files(SampleQuarter.Replace(name, shifted), ("measures.csv", null)));

        Assert.Equal(figure, indicators.Current[indicator].Value);
        Assert.Contains(quarter.Errors(), f => f.File.EndsWith(name, StringComparison.Ordinal));
        Assert.False(withoutMeasures.Current[indicator].IsAvailable, $"{indicator} = {withoutMeasures.Current[indicator].Value}");
    }

    [Fact]
    public void Aggregate_EveryRowRejected_IndicatorIsNotAvailableWithAFinding()
    {
        var text = SampleQuarter.Header("vacancies.csv") + "North,lots,1\nSouth,-2,1\n";
        var files = SampleQuarter.Files(SampleQuarter.Replace("vacancies.csv", text), ("measures.csv", null));

        var (quarter, indicators) = SampleQuarter.Aggregate(files);

        Assert.False(indicators.Current[VacancyRate].IsAvailable);
        Assert.Equal([2, 3], quarter.Errors().Where(f => f.File.EndsWith("vacancies.csv", StringComparison.Ordinal)).Select(f => f.Row));
        Assert.Contains("usable", indicators.Current[VacancyRate].NotAvailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_DuplicatedVacancies_CopiesAreFindingsAndTheRateIsUnchanged()
    {
        var original = SampleQuarter.Text("vacancies.csv");
        var body = original[(original.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var (_, expected) = SampleQuarter.Aggregate(SampleQuarter.Files());

        var (quarter, indicators) = SampleQuarter.Aggregate(SampleQuarter.Files(SampleQuarter.Replace("vacancies.csv", original + body)));

        Assert.Equal(expected.Current[VacancyRate].Value, indicators.Current[VacancyRate].Value);
        var copies = quarter.Errors().Where(f => f.Rule.Contains("exact copy", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(copies);
        Assert.All(copies, f => Assert.True(f.Row > 1 && f.File.EndsWith("vacancies.csv", StringComparison.Ordinal)));
    }

    [Fact]
    public void Aggregate_MeasuresFileUnusable_ReasonSaysSoRatherThanThatThereIsNoRow()
    {
        var files = SampleQuarter.Files(SampleQuarter.Replace("measures.csv", "indicator;period;value\nleadership-permanent-pct;;60\n"));

        var (_, indicators) = SampleQuarter.Aggregate(files);

        var reason = indicators.Current["leadership-permanent-pct"].NotAvailableReason;
        Assert.Contains("measures.csv has errors", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("no row in measures.csv", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CensusWithVacanciesButNoWorkers_IsAFindingAndNoRateIsMadeUp()
    {
        const string Census = """
            <Message>
              <Header><CollectionDetails><Collection>CSWW</Collection><Year>2016</Year><ReferenceDate>2016-09-30</ReferenceDate></CollectionDetails></Header>
              <LALevelVacancies><NumberOfVacancies>2.2</NumberOfVacancies><NoAgencyFTE>0.5</NoAgencyFTE></LALevelVacancies>
            </Message>
            """;

        var result = new Reporting.Pipeline.Aggregation.WorkforceSource().Read(Reporting.Pipeline.Tests.Aggregation.TestQuarter.Files("2016-17-Q2", ("csww.xml", Census)));

        Assert.All(result.Values, v => Assert.False(v.IsAvailable, $"{v.IndicatorId} = {v.Value}"));
        Assert.Contains(result.Findings, f => f.Severity == Severity.Error && f.File.EndsWith("csww.xml", StringComparison.Ordinal) && f.Rule.Contains("No worker", StringComparison.Ordinal));
    }
}
