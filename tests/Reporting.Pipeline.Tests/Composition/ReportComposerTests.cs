using Reporting.Domain.Comparison;
using Reporting.Domain.Councils;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Tests.Aggregation;

namespace Reporting.Pipeline.Tests.Composition;

public class ReportComposerTests
{
    private const string Period = "2016-17-Q2";

    private static IndicatorReport Compose(string audienceId, string indicator, string measures, string targets = "")
    {
        var files = TestQuarter.Files(
            Period,
            [("measures.csv", "indicator,period,value,numerator,denominator\n" + measures)],
            [("targets.csv", "indicator,period,target\n" + targets)]);
        var validated = QuarterValidation.Validate(files, []);
        var indicators = IndicatorAggregator.Aggregate(validated, new Dictionary<FinancialQuarter, IReadOnlyList<IndicatorValue>>());
        var audience = AudienceCatalogue.BuiltIn.Find(audienceId)!;
        var model = ReportComposer.Compose(audience, CouncilCode.From(933), "Test council", validated, indicators, "id");
        return model.Indicators.Single(r => r.Definition.Id == indicator);
    }

    [Fact]
    public void Compose_PublicAudienceSmallCohort_HidesTheFigureItsStatusAndItsDirection()
    {
        // 3 of 4 care leavers: 75.0%, above the 60% target and up on last quarter's 2 of 4.
        var report = Compose("cabinet", IndicatorCatalogue.CareLeaversEet, "care-leavers-eet-pct,,,3,4\ncare-leavers-eet-pct,2016-17-Q1,,2,4\n", "care-leavers-eet-pct,,60\n");

        Assert.Equal("c", report.ValueText);
        Assert.Equal("c", report.PreviousText);
        Assert.Equal(new Assessment(RagStatus.Grey, Movement.NotComparable, Judgement.NotJudged), report.Assessment);
        Assert.Null(report.Previous);
        Assert.All(report.History, point => Assert.Null(point.Value));
    }

    [Fact]
    public void Compose_PublicAudiencePreviousSuppressed_CurrentShownButNotComparedWithIt()
    {
        // Now 30 of 40 (75.0%), last quarter 3 of 4: the comparison would reveal last quarter's figure.
        var report = Compose("cabinet", IndicatorCatalogue.CareLeaversEet, "care-leavers-eet-pct,,,30,40\ncare-leavers-eet-pct,2016-17-Q1,,3,4\n", "care-leavers-eet-pct,,60\n");

        Assert.Equal("75.0%", report.ValueText);
        Assert.Equal("c", report.PreviousText);
        Assert.Equal(new Assessment(RagStatus.Green, Movement.NotComparable, Judgement.NotJudged), report.Assessment);
    }

    [Fact]
    public void Compose_InternalAudience_ShowsSmallFiguresWithTheirStatus()
    {
        var report = Compose("essex", IndicatorCatalogue.CareLeaversEet, "care-leavers-eet-pct,,,3,4\ncare-leavers-eet-pct,2016-17-Q1,,2,4\n", "care-leavers-eet-pct,,60\n");

        Assert.Equal("75.0%", report.ValueText);
        Assert.Equal("50.0%", report.PreviousText);
        Assert.Equal(new Assessment(RagStatus.Green, Movement.Up, Judgement.Improved), report.Assessment);
    }
}
