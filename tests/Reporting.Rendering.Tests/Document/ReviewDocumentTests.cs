using Reporting.Domain.Comparison;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Document;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Tests.Document;

public sealed class ReviewDocumentTests
{
    [Theory]
    [InlineData(Movement.Down, Judgement.Improved, "Down, better")]
    [InlineData(Movement.Up, Judgement.Improved, "Up, better")]
    [InlineData(Movement.Up, Judgement.Worsened, "Up, worse")]
    [InlineData(Movement.Down, Judgement.Worsened, "Down, worse")]
    [InlineData(Movement.Same, Judgement.Unchanged, "No change")]
    [InlineData(Movement.Up, Judgement.NotJudged, "Up")]
    [InlineData(Movement.NotComparable, Judgement.NotJudged, "No comparison")]
    public void Direction_MovementAndJudgement_ReadsAsWords(Movement movement, Judgement judgement, string expected) =>
        Assert.Equal(expected, ReviewWording.Direction(new Assessment(RagStatus.Grey, movement, judgement)));

    [Fact]
    public void Compose_Dfe_HasNoChartsAndStatesEachIndicatorInASentence()
    {
        var model = ReportBuilder.Typical("dfe").Build();

        var blocks = new ReviewDocument(model, new Theme()).Compose();

        Assert.DoesNotContain(blocks, b => b is FigureGridBlock);
        Assert.Contains("Average caseload per social worker: 14.2 against target 15.0, Green; previous quarter 14.6 (down, better).", IndicatorWording.Statement(model.Indicators[0]));
    }

    [Fact]
    public void Compose_Essex_DrawsOneTrendChartPerIndicatorAndTeamCharts()
    {
        var model = ReportBuilder.Typical("essex").Build();

        var composed = new ReviewDocument(model, new Theme()).Compose();
        var blocks = composed.SelectMany(b => b is KeepTogether group ? group.Blocks : [b]).ToArray();

        Assert.Equal(4, blocks.OfType<FigureGridBlock>().Count()); // priorities 2, 6 and 8 hold the six indicators; the teams add a fourth grid
        Assert.Contains(blocks, b => b is TableBlock t && t.RowCount == 3); // the team table
    }

    [Fact]
    public void Compose_EssexPriority_KeepsItsHeadingChartsAndCommentaryTogether()
    {
        var model = ReportBuilder.Typical("essex").Build();

        var groups = new ReviewDocument(model, new Theme()).Compose().OfType<KeepTogether>().ToArray();

        // Priorities 2, 6 and 8 have indicators; the section's heading is kept with the first of them.
        Assert.Equal(3, groups.Length);
        var headings = groups[0].Blocks.OfType<TextBlock>().Where(t => t.IsHeading).Select(t => t.PlainText).ToArray();
        Assert.Equal(["Progress by priority", "Priority 2: Improving social work capacity", "The council's commentary"], headings);
        Assert.Single(groups[0].Blocks.OfType<FigureGridBlock>());
    }

    [Fact]
    public void Compose_SectionsOfTheAudience_AppearInItsOrder()
    {
        var model = ReportBuilder.Typical("cabinet").Build();

        var headings = new ReviewDocument(model, new Theme()).Compose().OfType<TextBlock>().Where(t => t.IsHeading).Select(t => t.PlainText).ToArray();

        // Page 1 opens with the key messages; the context follows the figures; the words used close it.
        Assert.Equal(["Children's services improvement: quarterly summary", "Key messages", "Headline figures"], headings.Take(3));
        Assert.True(Array.IndexOf(headings, "The figures") < Array.IndexOf(headings, "About the improvement plan"));
        Assert.Equal("Words used in this summary", headings.Last(h => h.Length > 0 && !h.StartsWith("Since", StringComparison.Ordinal) && h != "Contact"));
        Assert.DoesNotContain("Glossary of indicators", headings);
    }

    [Theory]
    // Caseload target 15.0 and agency target 10.0%: 16.2 and 25.0% are over both; 14.9 and 10.0% are within.
    [InlineData(16.2, 25.0, "Over target: caseload and agency share")]
    [InlineData(16.2, 5.0, "Over target: caseload")]
    [InlineData(14.9, 10.0, "Within target")]
    public void TeamTable_TeamOverTheCouncilsTargets_IsFlagged(double caseload, double agency, string expected)
    {
        var team = new TeamFigures("North assessment team", (decimal)caseload, (decimal)agency, 12m);
        var model = new ReportBuilder()
            .With(IndicatorCatalogue.CaseloadAverage, [14.2m], target: 15m)
            .With(IndicatorCatalogue.AgencyRate, [20.0m], target: 10m)
            .WithTeams(team)
            .Build();

        var (flag, over) = TeamTable.Of(model).Rows.Select(r => (r.Flag, r.Over)).Single();

        Assert.Equal(expected, flag);
        Assert.Equal(expected != "Within target", over);
    }

    [Fact]
    public void TeamChart_WithATarget_NamesItAndTheTeamsOverIt()
    {
        // Caseload target 15.0: North's 16.2 is over it; 13.1 and 12.4 are within; the council-wide figure is 14.2.
        var chart = new Reporting.Pipeline.Composition.TeamChart(
            "Average caseload by team",
            IndicatorCatalogue.Get(IndicatorCatalogue.CaseloadAverage),
            [new("South family support", 13.1m), new("North assessment team", 16.2m), new("Children in care", 12.4m)],
            Council: 14.2m,
            Target: 15m);

        Assert.Equal(
            "Average caseload by team: North assessment team 16.2, South family support 13.1, Children in care 12.4; target 15.0, over it: North assessment team; council-wide 14.2.",
            chart.Description);
    }
}
