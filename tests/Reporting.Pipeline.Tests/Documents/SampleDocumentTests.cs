using System.Text.RegularExpressions;

namespace Reporting.Pipeline.Tests.Documents;

/// <summary>
/// The sample's three reviews as their readers get them: what each says, checked against DfE's
/// published figures and figures worked out by hand from the sample data, never against the code's output.
/// </summary>
public sealed class SampleDocumentTests(SampleDocuments documents) : IClassFixture<SampleDocuments>
{
    public static TheoryData<string> Internal => new() { "dfe", "essex" };

    [Theory]
    [MemberData(nameof(Internal))]
    public void Adoption_TargetIsDfesThresholdFor2013To16AndTheSample470DaysIsRed(string audience)
    {
        // DfE's A1 threshold for 2013-16 is 14 months, 426 days (487 days, 16 months, was 2012-15's).
        // 470 days misses 426 by 44, more than a tenth of it (42.6): red.
        var text = documents.Flowing(audience);

        Assert.Matches(@"adoptive family:? 470 (against target )?426\b", text);
        Assert.Matches(@"Days from entering care to moving in with adoptive family 470 426 Red", text);
        Assert.Contains("14 months (426 days)", text);
        Assert.DoesNotContain("487 days", text);
    }

    [Fact]
    public void Adoption_GlossaryCallsTheFigureALocal12MonthVersionOfA1()
    {
        var text = documents.Flowing("essex");

        Assert.Contains("a local 12-month version of the adoption scorecard's measure A1, which DfE averages over three years", text);
    }

    [Fact]
    public void DfeFirstPage_SaysWhatTheDataQualityWarningIsInsteadOfPointingToASectionItLacks()
    {
        var page = string.Join(' ', documents.Text("dfe", 1).Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));

        Assert.DoesNotContain("data-quality findings", page);
        Assert.Contains("Placement distance not known for 3 of 480 children", page);
    }

    [Theory]
    [MemberData(nameof(Internal))]
    public void PlacedOver20Miles_NotKnownDistancesAreAFigureOfTheirOwn(string audience)
    {
        // The sample's episodes leave 3 of the 480 children's distances unknown.
        Assert.Matches(@"132 of 480;\s+3 of 480 not\s+known", documents.Tools.RawText(documents.Path(audience)));
    }

    [Theory]
    [MemberData(nameof(Internal))]
    public void BiggestImprovements_SayHowTheyRankAndLeadWithTheBiggestMoveInPoints(string audience)
    {
        // Permanent social workers 76.0% -> 80.0%: 4.0 points, the largest rise among the DfE's measures.
        var text = documents.Flowing(audience);

        var improvements = text[text.IndexOf("Biggest improvements", StringComparison.Ordinal)..text.IndexOf("Biggest deteriorations", StringComparison.Ordinal)];
        Assert.Contains("Ranked by the size of the move since last quarter: percentages by the points they moved", improvements);
        Assert.Contains("Permanent social workers: up 4.0 points, from 76.0% last quarter to 80.0% now", improvements);
    }

    [Fact]
    public void Tolerance_IsPrintedInPointsUnderTheTarget()
    {
        // Turnover's tolerance is 5% of its 15.0% target: 0.75 points, not five.
        var text = documents.Flowing("essex");

        Assert.Matches(@"15\.0% ±0\.75 points", text);
        Assert.DoesNotMatch(@"15\.0% ±5%", text);
    }

    [Fact]
    public void ReturnInterviewsWithin72Hours_DefinitionSaysItCountsCalendarDays()
    {
        Assert.Contains("no more than 3 calendar days after the day the child returned", documents.Flowing("essex"));
    }

    [Theory]
    [MemberData(nameof(Internal))]
    public void Comparators_EveryMeasureDfePublishesHasItsEnglandFigureOrIsNamedAsNotHeld(string audience)
    {
        // The measures DfE's statistics publish an England figure for (workforce, children in need,
        // children looked after and their outcomes), as this document's scorecard lists them.
        string[] published =
        [
            "Average caseload per social worker", "Permanent social workers", "Social worker turnover", "Social worker vacancy rate",
            "Assessments completed within 45 working days", "Initial child protection conferences within 15 working days",
            "Re-referrals within 12 months", "Child protection plans that are repeat plans",
            "Children looked after placed more than 20 miles from home", "Children looked after with 3 or more placements",
            "Health assessments up to date", "Care leavers in education, employment or training",
        ];
        var text = documents.Flowing(audience);
        var notHeld = text[text.IndexOf("DfE publishes England figures for", StringComparison.Ordinal)..];
        var none = text[text.IndexOf("DfE publishes no England figure comparable with", StringComparison.Ordinal)..];
        none = none[..none.IndexOf("Their comparator columns show n/a", StringComparison.Ordinal)];

        foreach (var title in published)
        {
            Assert.DoesNotMatch("(with |; | and )" + Regex.Escape(title) + "(;| and |:)", none);
            Assert.True(
                Regex.IsMatch(text, Regex.Escape(title) + @" [^•]*?\(20\d\d\)") || notHeld.Contains(title + " (", StringComparison.Ordinal),
                $"{title}: neither an England figure with its year nor named as not held");
        }

        Assert.Contains("Neighbours are the council's statistical neighbours, the ten councils most like it", text);
    }

    [Fact]
    public void TrendCharts_EveryLegendCarriesWhichWayIsBetter()
    {
        // The Essex pack draws 30 trend charts; the seven with England in the legend used to drop "lower/higher is better".
        var lines = documents.Tools.RawText(documents.Path("essex")).Split('\n');
        var legends = lines.Select((line, index) => (line, index))
            .Where(l => Regex.IsMatch(l.line, @"^Council( Target)?( England)?( Target met)?( (Lower|Higher) is better| Context only)?$"))
            .ToArray();

        Assert.Equal(30, legends.Length);
        Assert.All(legends, legend => Assert.Matches(@"(Lower|Higher) is better|Context only", legend.line + " " + lines[legend.index + 1]));
    }

    [Theory]
    [InlineData("dfe", "Quarterly performance review")]
    [InlineData("essex", "Quarterly performance review: operational pack")]
    [InlineData("cabinet", "Children's services improvement: quarterly summary")]
    public void RunningHeader_IsWholeOnEveryPage(string audience, string title)
    {
        var text = documents.Text(audience);
        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToArray();

        Assert.DoesNotContain("…", text);
        Assert.All(pages, page => Assert.Contains(title, page));
        Assert.All(pages, page => Assert.Contains("2017/18 Q2", page));
        Assert.All(pages, page => Assert.Contains("Sample County Council (synthetic data, LA 933)", page));
    }

    [Fact]
    public void TeamCharts_HaveALabelledValueAxis()
    {
        // Caseloads reach 17.0 against a target of 15.0: an axis from 0 to 20 in fives; agency shares reach 23.5%: 0% to 30%.
        var text = documents.Flowing("essex");

        Assert.Contains("0 5 10 15 20", text);
        Assert.Contains("0% 10% 20% 30%", text);
    }

    /// <summary>Words a resident would not know, or internal codes, that the public summary must not use.</summary>
    public static TheoryData<string> Jargon => new()
    {
        "FTE", "tolerance", "points", "context only", "Document reference", "local authority code", "baseline",
        "indicator", "indicators", "RAG", "target", "targets", "n/a", "Executive summary",
    };

    [Theory]
    [MemberData(nameof(Jargon))]
    public void Cabinet_UsesNoJargonOrInternalCode(string term)
    {
        Assert.DoesNotMatch(new Regex($@"\b{Regex.Escape(term)}\b", RegexOptions.IgnoreCase), documents.Flowing("cabinet"));
    }

    [Fact]
    public void Cabinet_FirstPageOpensWithKeyMessagesThenTheHeadlineFigures()
    {
        var page = string.Join(' ', documents.Text("cabinet", 1).Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));

        var messages = page.IndexOf("Key messages", StringComparison.Ordinal);
        Assert.True(messages >= 0 && messages < page.IndexOf("Headline figures", StringComparison.Ordinal));
        // Permanent social workers rose from 76.0% to 80.0% against an aim of 90%; four measures are short of their aims.
        Assert.Contains("Permanent social workers rose to 80.0%, from 76.0% last quarter", page);
        Assert.Contains("Not yet at the aim: permanent social workers (80.0%; the aim is 90.0%)", page);
        Assert.Contains("What the council is doing:", page);
        Assert.Matches(@"14\.2 .*80\.0% .*52\.0%", page);
    }

    [Fact]
    public void Cabinet_EveryMeasureShortOfItsAimSaysWhatTheCouncilIsDoing()
    {
        // Red or amber in the sample: permanent social workers, return home interviews held, placements
        // more than 20 miles away and care leavers in education, employment or training; each has an action.
        var text = documents.Flowing("cabinet");
        var table = text[text.IndexOf("Not yet at the aim, and what the council is doing What is measured", StringComparison.Ordinal)..];

        Assert.Contains("Convert agency posts to permanent through the recruitment and retention offer (by March 2018)", table);
        Assert.Contains("Track every episode without an interview at the daily missing meeting (by December 2017)", table);
        Assert.Contains("Recruit local foster carers through the sufficiency strategy (by June 2018)", table);
        Assert.Contains("Apprenticeships ring-fenced for care leavers across the council (by June 2018)", table);
        Assert.DoesNotContain("No action is recorded yet", table);
    }

    [Fact]
    public void Cabinet_EnglandBesideEachFigureInWordsAResidentReads()
    {
        // DfE: agency worker rate 16.1% in 2016 (so 84 in every 100 permanent), turnover 15.1%, children placed
        // more than 20 miles from home 18.5% in 2015, health assessments 90% in 2015.
        var text = documents.Flowing("cabinet");

        Assert.Contains("84 in every 100 (2016)", text);
        Assert.Contains("15 in every 100 (2016)", text);
        Assert.Contains("19 in every 100 (2015)", text);
        Assert.Contains("90 in every 100 (2015)", text);
        Assert.Contains("none published", text);
    }

    [Fact]
    public void Cabinet_SmallCountIsHiddenAsC()
    {
        // 3 of the 480 children's placement distances are not known: a count from 1 to 5, shown as "c".
        var text = documents.Flowing("cabinet");

        Assert.Contains("c of 480 not known", text);
        Assert.DoesNotContain("3 of 480 not known", text);
    }

    [Fact]
    public void Cabinet_WordsUsedExplainCareLeaversAndHealthAssessments()
    {
        var text = documents.Flowing("cabinet");
        var words = text[text.IndexOf("Words used in this summary", StringComparison.Ordinal)..];

        Assert.Contains("Care leavers:", words);
        Assert.Contains("Health assessment:", words);
        Assert.Contains("Plan start:", words);
        Assert.Contains("Contact", words);
    }

    [Theory]
    [MemberData(nameof(Internal))]
    public void Counts_AreWrittenOneWayWithThousandsSeparatorsAndBesideOffTrackFigures(string audience)
    {
        // 88.0% of assessments: 1,056 of 1,200; caseload 14.2: 1,676 cases held by 118.0 FTE of case-holding social workers.
        var text = documents.Flowing(audience);

        Assert.Contains("1,056 of 1,200", text);
        Assert.DoesNotContain("1056 of 1200", text);
        Assert.Contains("1,676 cases ÷ 118.0 FTE", text);
        var offTrack = text[text.IndexOf("Off track, and the actions", StringComparison.Ordinal)..];
        Assert.Matches(@"Permanent social workers 80\.0% 160 of 200 90\.0% Red", offTrack);
    }

    [Fact]
    public void DataQuality_NamesFilesWholeAndLeavesAnAbsentValueBlank()
    {
        var text = documents.Text("essex");

        Assert.Matches(@"Warning\s+ssda903/episodes\.csv\s+whole file\s+Placement distance not known", text);
        Assert.DoesNotMatch(@"whole file\s+none\s", text);
    }

    [Theory]
    [MemberData(nameof(Internal))]
    public void Subtitle_KeepsTheQuarterWhole(string audience)
    {
        Assert.Contains("2017/18 Q2 (July to September 2017)", documents.Text(audience, 1));
    }

    [Fact]
    public void TeamManagers_RosterAndMeasuresAgree()
    {
        // The sample roster has 28 first line and middle managers, 24 of them permanent: 85.7%, shown as 86%;
        // measures.csv carries the same 24 of 28, so no warning about it.
        var text = documents.Flowing("essex");

        Assert.Contains("Team managers in permanent posts 86% 24 of 28", text);
        Assert.DoesNotContain("managers-permanent-pct is", text);
    }

    [Theory]
    [InlineData("dfe")]
    [InlineData("essex")]
    [InlineData("cabinet")]
    public void Contact_NamedWithRoleAndEmailOnTheFirstPageAndTheLast(string audience)
    {
        const string contact = "Alex Morgan, Head of Performance and Quality, Children's Services, Sample County Council: performance@sample-county.example";
        var pages = documents.Text(audience).Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToArray();
        string Flat(string page) => string.Join(' ', page.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));

        Assert.Contains(contact, Flat(pages[^1]));
        if (audience != "cabinet")
        {
            // The Cabinet's first page is for the key messages; its contact closes the summary.
            Assert.Contains(contact, Flat(pages[0]));
        }
    }

    [Fact]
    public void Figures_HoldTheirCaptionsAndPassThePdfUaChecks()
    {
        var structure = documents.Tools.Structure(documents.Path("essex"));
        var figures = Regex.Matches(structure, @"^\s*Figure:?\s*$", RegexOptions.Multiline).Count;

        Assert.True(figures >= 32, $"{figures} figures"); // 30 trend charts and 2 team charts
        Assert.Equal(figures, Regex.Matches(structure, @"^\s*Figure:?\s*\n(\s*/[^\n]*\n)*\s*Caption\s*$", RegexOptions.Multiline).Count);
        var (exitCode, output) = documents.Tools.CheckAccessibility(documents.Path("dfe"), documents.Path("essex"), documents.Path("cabinet"));
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void Contents_EveryEntryIsATaggedLink()
    {
        // The Essex contents lists 7 sections (summary, scorecard, priorities, teams, risks, data quality, glossary).
        var structure = documents.Tools.Structure(documents.Path("essex"));

        Assert.Equal(7, Regex.Matches(structure, @"^\s*Link( \(inline\))?\s*\n\s*Object \d+ \d+\s*\n", RegexOptions.Multiline).Count);
    }

    [Fact]
    public void Priorities_StartWhereTheScorecardEndsWhenTheFirstFits()
    {
        // Priority 1 (one chart and its commentary) fits under the scorecard's last lines.
        var pages = documents.Text("essex").Split('\f');
        var page = Array.FindIndex(pages, p => Regex.IsMatch(p, @"^Progress by priority\s*$", RegexOptions.Multiline));

        Assert.True(page > 0);
        Assert.Contains("until the council adds them", pages[page]); // the last words of the scorecard section
        Assert.Contains("Priority 1: Strengthening strategic leadership", pages[page]);
    }
}
