using System.Text;
using System.Text.RegularExpressions;
using Reporting.Domain.Comparison;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;
using Reporting.Testing;

namespace Reporting.Rendering.Tests.Document;

/// <summary>Document-level checks: what poppler and qpdf (and so a reader's tools) see in the rendered PDF.</summary>
public sealed class PdfReportRendererTests : IDisposable
{
    private readonly PdfTools _tools = new();
    private readonly PdfReportRenderer _renderer = new();

    public static TheoryData<string> Audiences => new() { "dfe", "essex", "cabinet" };

    [Theory]
    [MemberData(nameof(Audiences))]
    public void Render_EveryAudience_IsTaggedWithTitleShownAndEnglishLanguage(string audience)
    {
        var pdf = _renderer.Render(ReportBuilder.Typical(audience).Build());
        var info = _tools.Info(_tools.Save(pdf));

        Assert.Matches(@"Tagged:\s+yes", info);
        var title = AudienceCatalogue.BuiltIn.Find(audience)!.Title;
        Assert.Contains($"Title:           {title}: Test County Council, 2017/18 Q2", info);
        var raw = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Lang(en-GB)", raw);
        Assert.Contains("/DisplayDocTitle true", raw);
    }

    [Theory]
    [MemberData(nameof(Audiences))]
    public void Render_EveryAudience_EmbedsEveryFont(string audience)
    {
        var fonts = _tools.Fonts(_tools.Save(_renderer.Render(ReportBuilder.Typical(audience).Build())));

        var rows = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Contains("Liberation Sans", row);
            Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", row);
        });
    }

    [Fact]
    public void Render_CommentaryBoldInsideItalic_EmbedsTheBoldItalicFace()
    {
        var pdf = _renderer.Render(ReportBuilder.Typical().WithSummary("Visits were *often **very** late* this quarter.").Build());
        var fonts = _tools.Fonts(_tools.Save(pdf));

        Assert.Contains("Liberation Sans,BoldItalic", fonts);
    }

    [Theory]
    [MemberData(nameof(Audiences))]
    public void Render_EveryAudience_EveryTableHeaderCellHasAScope(string audience)
    {
        var structure = _tools.Structure(_tools.Save(_renderer.Render(ReportBuilder.Typical(audience).Build())));

        // pdfinfo prints a TH with attributes as "TH:" followed by one indented line per attribute.
        var lines = structure.Split('\n');
        var headerCells = lines.Select((line, index) => (line, index)).Where(l => Regex.IsMatch(l.line, @"^\s*TH:?\s*$")).ToArray();
        Assert.NotEmpty(headerCells);
        Assert.All(headerCells, cell =>
        {
            var attributes = lines.Skip(cell.index + 1).TakeWhile(l => l.TrimStart().StartsWith('/'));
            Assert.Contains(attributes, a => Regex.IsMatch(a, @"/Scope /(Row|Column)\b"));
        });
    }

    [Fact]
    public void Render_Essex_GroupRowsAndCoverLabelsAreRowHeaders()
    {
        var structure = _tools.Structure(_tools.Save(_renderer.Render(ReportBuilder.Typical().Build())));

        Assert.Matches(@"TH:\s+/ColSpan 9\s+/Scope /Row\s+""Priority 2: ", structure);
        Assert.Matches(@"TH:\s+/Scope /Row\s+""Average caseload per social worker""", structure);
        Assert.Matches(@"TH:\s+/Scope /Row\s+""Prepared for""", structure);
        Assert.Matches(@"TH:\s+/Scope /Row\s+""Document reference""", structure);
    }

    [Theory]
    [MemberData(nameof(Audiences))]
    public void Render_EveryAudience_PassesQpdfCheckWithoutWarnings(string audience)
    {
        var (exitCode, output) = _tools.Check(_tools.Save(_renderer.Render(ReportBuilder.Typical(audience).Build())));

        Assert.True(exitCode == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output);
    }

    [Fact]
    public void Render_SameModelTwice_GivesByteIdenticalDocuments()
    {
        var model = ReportBuilder.Typical().Build();

        var first = _renderer.Render(model);
        var second = new PdfReportRenderer().Render(ReportBuilder.Typical().Build());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Render_ManyAtOnce_GivesTheSameBytesAsOneAtATime()
    {
        var expected = _renderer.Render(ReportBuilder.Typical().Build());

        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = _renderer.Render(ReportBuilder.Typical().Build()));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Render_AnotherDocumentId_ChangesTheFileIdentifier()
    {
        var first = _renderer.Render(ReportBuilder.Typical().WithDocumentId("run-a").Build());
        var second = _renderer.Render(ReportBuilder.Typical().WithDocumentId("run-b").Build());

        Assert.NotEqual(FileId(first), FileId(second));
    }

    [Fact]
    public void Render_IssueDate_IsTheCreationDateNotTheClock()
    {
        var pdf = _renderer.Render(ReportBuilder.Typical().IssuedOn(new DateOnly(2017, 10, 6)).Build());
        var raw = Encoding.Latin1.GetString(pdf);

        // Written in UTC, so the bytes do not depend on the machine's time zone.
        Assert.Contains("/CreationDate(D:20171006000000+00'00')", raw);
        Assert.Contains("/ModDate(D:20171006000000+00'00')", raw);
    }

    [Fact]
    public void Render_Essex_HasEverySectionInReadingOrder()
    {
        var text = _tools.Text(_tools.Save(_renderer.Render(ReportBuilder.Typical().Build())));

        string[] sections = ["Quarterly performance review: operational pack", "Executive summary", "Scorecard", "Progress by priority", "Team breakdown", "Risks", "Data quality", "Glossary of indicators"];
        var positions = sections.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0, "a section is missing"));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Render_Essex_ScorecardRowShowsValueTargetBaselineYearAgoPreviousDirectionRagAndComparators()
    {
        var text = _tools.RawText(_tools.Save(_renderer.Render(ReportBuilder.Typical().Build())));

        // Value, target, baseline (the first of eight quarters), a year ago (the fifth from last), previous, direction, RAG, England with its year.
        Assert.Matches(@"Average\s+caseload\s+per\s+social\s+worker\s+14\.2\s+15\.0\s+20\.1\s+16\.2\s+14\.6\s+Down,\s+better\s+Green\s+16\.1\s+\(2016\)\s+n/a", text);
        Assert.Matches(@"Children\s+looked\s+after\s+placed\s+more\s+than\s+20\s+miles\s+from\s+home\s+27\.5%\s+25\.0%\s+37\.0%\s+32\.0%\s+28\.4%\s+Down,\s+better\s+Amber\s+18\.5%\s+\(2016\)", text);
    }

    [Fact]
    public void Render_ToleranceNotTheDefault_IsPrintedUnderTheTargetInPointsAndUnderTheRuleAsAShareOfTheTarget()
    {
        // 5% of a 15.0% target is 0.75 points: "±5%" under the target would read as five points.
        var model = ReportBuilder.Typical().WithTolerance(IndicatorCatalogue.TurnoverRate, "5%", "±0.75 points").Build();

        var text = _tools.RawText(_tools.Save(_renderer.Render(model)));

        Assert.Matches(@"Social\s+worker\s+turnover\s+14\.0%\s+15\.0%\s+±0\.75\s+points", text);
        Assert.DoesNotMatch(@"15\.0%\s+±5%", text);
        Assert.Contains("Tolerances that differ from 10%: Social worker turnover, tolerance 5% of the target (±0.75 points).", text.Replace("\n", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_PercentageWithCounts_PrintsTheCountsUnderTheFigure()
    {
        var model = ReportBuilder.Typical().Build();
        var rhi = model.Indicators.Single(i => i.Definition.Id == IndicatorCatalogue.ReturnInterviewHeld) with { CountText = "129 of 248" };
        var text = _tools.RawText(_tools.Save(_renderer.Render(model with { Indicators = model.Indicators.Select(i => i.Definition.Id == rhi.Definition.Id ? rhi : i).ToArray() })));

        Assert.Matches(@"Return\s+home\s+interviews\s+held\s+52\.0%\s+129 of 248\s+60\.0%", text);
    }

    [Fact]
    public void Render_DfeFirstPage_CarriesRatingsCountsAndWhatIsOffTrackWithItsAction()
    {
        var model = new ReportBuilder("dfe")
            .With(IndicatorCatalogue.PermanentPercent, [70m, 76m, 80m], target: 90m)
            .With(IndicatorCatalogue.PlacedOver20Miles, [29m, 28m, 27m], target: 25m)
            .With(IndicatorCatalogue.CaseloadAverage, [15m, 14.2m], target: 15m)
            .Build();
        var permanent = model.Indicators[0] with { Actions = [new ImprovementAction(IndicatorCatalogue.PermanentPercent, "Convert agency posts", "Head of workforce", new DateOnly(2018, 3, 31), ActionStatus.InProgress)] };
        model = model with { Indicators = [permanent, .. model.Indicators.Skip(1)] };
        var path = _tools.Save(_renderer.Render(model));
        var page1 = Regex.Replace(_tools.Text(path, 1), @"\s+", " ");
        var raw = Regex.Replace(_tools.RawText(path), @"\s+", " ");

        Assert.Contains("1 was on target (green), 1 missed it within tolerance (amber) and 1 missed it by more (red)", page1);
        Assert.Contains("Off track, and the actions", page1);
        Assert.Matches(@"Permanent social workers 80\.0% 90\.0% Red Convert agency posts \(Head of workforce, due 31 Mar 2018, in progress\)", page1);
        Assert.Contains("Children looked after placed more than 20 miles from home 27.0% 25.0% Amber No action recorded", raw);
    }

    [Fact]
    public void Render_Cabinet_PublicSummaryHasContextGlossaryContactAndNoMarking()
    {
        var model = new ReportBuilder("cabinet")
            .With(IndicatorCatalogue.CaseloadAverage, [20.1m, 19m, 18m, 17m, 16m, 15m, 14.6m, 14.2m], target: 15m)
            .Build() with
            {
                Context = "In March 2015 Ofsted judged the council's services **inadequate**.",
                Contact = "Performance team: performance@sample-county.example",
            };
        var text = Regex.Replace(_tools.RawText(_tools.Save(_renderer.Render(model))), @"\s+", " ");

        Assert.Contains("About the improvement plan In March 2015 Ofsted judged the council's services inadequate.", text);
        Assert.Contains("Contact Performance team: performance@sample-county.example", text);
        Assert.Contains("Words used in this summary", text);
        Assert.Contains("Since the plan began (2015/16 Q3)", text);
        Assert.Contains("Average caseload per social worker: 20.1 then, 14.2 now (the aim is 15.0); lower is better.", text);
        Assert.DoesNotContain("OFFICIAL", text);
    }

    [Fact]
    public void Render_Cabinet_BodyTextIsAtLeast12Points()
    {
        var model = ReportBuilder.Typical("cabinet").Build();
        var path = _tools.Save(_renderer.Render(model));

        // pdftotext -bbox gives each word's box; a 12 pt word of Liberation Sans is 12 x (0.905 + 0.212) = 13.4 pt tall
        // (ascent plus descent). The word is the key messages' body text, no longer a heading's.
        var bbox = _tools.Boxes(path);
        var word = Regex.Match(bbox, @"yMin=""([\d.]+)"" xMax=""[\d.]+"" yMax=""([\d.]+)"">measures</word>");
        Assert.True(word.Success, "the key messages' words are in the document");
        Assert.True(double.Parse(word.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - double.Parse(word.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 13.4);
    }

    [Fact]
    public void Render_EssexContents_ListsEachSectionWithThePageItStartsOn()
    {
        var path = _tools.Save(_renderer.Render(ReportBuilder.Typical().Build()));
        var contents = _tools.Text(path, 1);

        foreach (var section in new[] { "Executive summary", "Scorecard", "Progress by priority", "Team breakdown", "Risks", "Data quality", "Glossary of indicators" })
        {
            var page = int.Parse(Regex.Match(contents, Regex.Escape(section) + @"\s+(\d+)").Groups[1].Value);
            Assert.True(page > 1, $"{section} is listed on page {page}");
            Assert.Matches(new Regex("^" + Regex.Escape(section) + "$", RegexOptions.Multiline), _tools.Text(path, page));
        }
    }

    [Fact]
    public void Render_EssexPriorities_CommentaryIsOnTheSamePageAsThePrioritysCharts()
    {
        // Commentary of several paragraphs on priorities 2, 6 and 8: flowing freely, 6's and 8's would
        // start at the foot of a page and end on the next, away from their charts.
        const string Long = "The service has recruited to every vacant post this quarter and expects the figure to improve again by the next review.";
        var model = ReportBuilder.Typical()
            .WithCommentary(6, string.Join("\n\n", Enumerable.Repeat(Long, 4)) + "\n\nLast words on missing children.")
            .WithCommentary(8, string.Join("\n\n", Enumerable.Repeat(Long, 4)) + "\n\nLast words on placements.")
            .Build();
        var path = _tools.Save(_renderer.Render(model));
        var pageCount = int.Parse(Regex.Match(_tools.Info(path), @"Pages:\s+(\d+)").Groups[1].Value);
        // From the section's first page on: the scorecard's group rows name the priorities too.
        var pages = Enumerable.Range(1, pageCount).Select(p => _tools.Text(path, p))
            .SkipWhile(p => !Regex.IsMatch(p, "^Progress by priority$", RegexOptions.Multiline)).ToArray();

        foreach (var (priority, lastWords) in new[] { (2, "9 came through graduate routes"), (6, "Last words on missing children."), (8, "Last words on placements.") })
        {
            var page = Assert.Single(pages, p => p.Contains($"Priority {priority}: ", StringComparison.Ordinal));
            foreach (var indicator in model.Indicators.Where(i => i.Definition.Priority == priority))
            {
                Assert.Contains(indicator.Definition.Title + ":", page); // the chart's title
            }

            Assert.Contains("The council's commentary", page);
            Assert.Contains(lastWords, page);
        }
    }

    [Fact]
    public void Render_EssexPriorityWithSevenCharts_FitsOnOnePageWithItsCommentary()
    {
        // Seven charts are four rows: at full height (4 × about 151 pt and 3 gaps of 12) they and the headings
        // and a three-part commentary run past the 722 pt a page holds; drawn shorter they fit.
        var model = ReportBuilder.Typical()
            .With(IndicatorCatalogue.AgencyRate, [30m, 29m, 28m, 27m, 26m, 25m, 24m, 20m], target: 10m)
            .With(IndicatorCatalogue.VacancyRate, [24m, 23m, 22m, 21m, 19m, 18m, 16m, 14.8m], target: 15m)
            .With(IndicatorCatalogue.RecruitedPermanent, [9m, 11m, 12m, 12m, 14m, 15m, 27m, 29m], target: 12m)
            .With(IndicatorCatalogue.RecruitedGraduate, [3m, 5m, 8m, 10m, 9m, 11m, 8m, 9m], target: 6m)
            .Build();
        var path = _tools.Save(_renderer.Render(model));
        var pageCount = int.Parse(Regex.Match(_tools.Info(path), @"Pages:\s+(\d+)").Groups[1].Value);
        var page = Enumerable.Range(1, pageCount).Select(p => _tools.Text(path, p))
            .SkipWhile(p => !Regex.IsMatch(p, "^Progress by priority$", RegexOptions.Multiline))
            .Single(p => p.Contains("Priority 2: ", StringComparison.Ordinal));

        Assert.Equal(7, model.Indicators.Count(i => i.Definition.Priority == 2));
        foreach (var indicator in model.Indicators.Where(i => i.Definition.Priority == 2))
        {
            Assert.Contains(indicator.Definition.Title + ":", page);
        }

        Assert.Contains("9 came through graduate routes", page);
    }

    [Fact]
    public void Render_EssexTeams_CaseloadChartDrawsTheTargetAsALineWithItsLegend()
    {
        var pdf = _renderer.Render(ReportBuilder.Typical().Build());
        var path = _tools.Save(pdf);
        var pageCount = int.Parse(Regex.Match(_tools.Info(path), @"Pages:\s+(\d+)").Groups[1].Value);
        var number = Enumerable.Range(2, pageCount - 1).First(p => Regex.IsMatch(_tools.Text(path, p), "^Team breakdown$", RegexOptions.Multiline));
        var page = _tools.Text(path, number);

        // The typical caseload target is 15.0 and the council-wide figure 14.2; agency share has no target.
        Assert.Contains("Target 15.0", page);
        Assert.Contains("Council 14.2", page);
        Assert.Single(Regex.Matches(page, "Target [0-9]"));
        Assert.Contains("Over target: caseload", page); // North assessment team, 16.2
        Assert.Contains("target 15.0, over it: North assessment team; council-wide 14.2.)", Encoding.Latin1.GetString(pdf)); // the chart's alt text
    }

    [Fact]
    public void Render_Essex_HasABookmarkForEverySection()
    {
        var raw = Encoding.Latin1.GetString(_renderer.Render(ReportBuilder.Typical().Build()));

        // Bookmark titles are written as UTF-16 hex strings (long ones wrapped over lines, so short ones are checked).
        static string Title(string text) => "/Title<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
        Assert.Contains("/PageMode/UseOutlines", raw);
        Assert.Contains(Title("Progress by priority"), raw);
        Assert.Contains(Title("Comparators"), raw); // an H2, under Scorecard
        Assert.Contains(Title("Glossary of indicators"), raw);
    }

    [Fact]
    public void Render_NoIssueDate_SaysFiguresToTheQuarterEndAndPrintsNoIssueDate()
    {
        var text = Regex.Replace(_tools.RawText(_tools.Save(_renderer.Render(ReportBuilder.Typical().IssuedOn(null).Build()))), @"\s+", " ");

        Assert.Contains("figures to 30 September 2017", text);
        Assert.DoesNotContain("Issued", text);
    }

    [Fact]
    public void Render_Essex_PrintsTheRagRuleAndEveryDefinition()
    {
        var model = ReportBuilder.Typical().Build();
        var text = Regex.Replace(_tools.RawText(_tools.Save(_renderer.Render(model))), @"\s+", " ");

        Assert.Contains("Green: the target is met.", text);
        foreach (var indicator in model.Indicators)
        {
            Assert.Contains(indicator.Definition.Definition[..60], text);
        }
    }

    [Fact]
    public void Render_Essex_StructureHasHeadingsListsTablesAndFiguresWithTrendAltText()
    {
        var pdf = _renderer.Render(ReportBuilder.Typical().Build());
        var structure = _tools.Structure(_tools.Save(pdf));

        foreach (var tag in new[] { "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure" })
        {
            Assert.Matches(new Regex(@"^\s*" + tag + @"\b", RegexOptions.Multiline), structure);
        }

        var raw = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/O/Table/Scope/Column", raw);
        Assert.Contains("/Alt(Average caseload per social worker fell from 20.1 in 2015/16 Q3 to 14.2 in 2017/18 Q2; met its target from 2016/17 Q4 onwards; target 15.0; England average 16.1 \\(2016\\); lower is better.)", raw);
        Assert.Contains("North assessment team 16.2", raw);
    }

    [Fact]
    public void Render_PageFurniture_ShowsCouncilPeriodMarkingAndPageXOfY()
    {
        var path = _tools.Save(_renderer.Render(ReportBuilder.Typical().Build()));
        var pages = int.Parse(Regex.Match(_tools.Info(path), @"Pages:\s+(\d+)").Groups[1].Value);

        for (var page = 1; page <= pages; page++)
        {
            var text = _tools.Text(path, page);
            Assert.Contains("Test County Council · 2017/18 Q2", text);
            Assert.True(Regex.Matches(text, "OFFICIAL-SENSITIVE").Count >= 2, $"page {page} lacks the marking in header and footer");
            Assert.Contains($"Page {page} of {pages}", text);
        }
    }

    [Fact]
    public void Render_Cabinet_PrintsSuppressedFiguresAsCAndTheDisclosureNote()
    {
        var model = new ReportBuilder("cabinet")
            .With(IndicatorCatalogue.CaseloadAverage, [15m, 14.2m], target: 15m)
            .With(IndicatorCatalogue.RecruitedPermanent, [4m, 3m], target: 10m, suppressed: true)
            .Build();
        var text = _tools.RawText(_tools.Save(_renderer.Render(model)));

        // The public scorecard: now, aim, plan start, a year ago (all hidden but the aim), England (DfE publishes none), rating.
        Assert.Matches(@"Permanent\s+social\s+workers\s+recruited\s+c\s+10\s+c\s+c\s+none\s+published\s+No\s+rating", text);
        Assert.Contains("shown as \"c\"", text);
        Assert.DoesNotContain("OFFICIAL-SENSITIVE", text);
    }

    [Fact]
    public void Render_MissingValueAndNoHistory_SaysNotAvailableWithTheReasonAndDrawsAnEmptyChart()
    {
        var model = new ReportBuilder()
            .With(IndicatorCatalogue.CaseloadAverage, [null, null, 16m, null, 15m, null], target: 15m)
            .With(IndicatorCatalogue.HealthAssessments, [null], target: 90m)
            .With(IndicatorCatalogue.CareLeaversEet, [], target: 60m)
            .Build();
        var path = _tools.Save(_renderer.Render(model));
        var text = Regex.Replace(_tools.RawText(path), @"\s+", " ");

        Assert.Contains("Health assessments up to date: measures.csv has no row for this indicator and quarter", text);
        Assert.Contains("No figures yet for this indicator", text);
        Assert.Equal(0, _tools.Check(path).ExitCode);
    }

    [Fact]
    public void Render_FiftyFiveIndicators_ScorecardRepeatsItsHeaderOnEveryPageItSpans()
    {
        var model = new ReportBuilder("dfe").WithManyIndicators(55).Build();
        var theme = new Theme();
        var layout = PdfReportRenderer.Lay(model, theme, new FontTextMeasure(theme));
        var path = _tools.Save(_renderer.Render(model));

        Assert.Empty(layout.Issues);
        var scorecardPages = layout.Pages.Where(p => p.Fragments.Any(f => f.Fragment.Describe().StartsWith("table 'Indicator'", StringComparison.Ordinal))).Select(p => p.Number).ToArray();
        Assert.True(scorecardPages.Length >= 2, "55 indicators should need more than one scorecard page");
        foreach (var page in scorecardPages)
        {
            Assert.Matches(@"Indicator\s+Value\s+Target\s+Baseline\s+Year ago\s+Previous,\s+RAG\s+England\s+Neighbours", _tools.Text(path, page));
        }
    }

    [Fact]
    public void Render_LongCommentary_FlowsOverSeveralPagesWithoutClipping()
    {
        var longText = string.Join("\n\n", Enumerable.Range(1, 40).Select(n => $"Paragraph {n}: " + string.Concat(Enumerable.Repeat("the service continued to recruit permanent social workers and reduce caseloads. ", 6))));
        var model = ReportBuilder.Typical().WithCommentary(2, longText).Build();
        var theme = new Theme();

        var layout = PdfReportRenderer.Lay(model, theme, new FontTextMeasure(theme));
        var shortLayout = PdfReportRenderer.Lay(ReportBuilder.Typical().Build(), theme, new FontTextMeasure(theme));
        var text = Regex.Replace(_tools.RawText(_tools.Save(_renderer.Render(model))), @"\s+", " ");

        Assert.Empty(layout.Issues);
        Assert.Contains("Paragraph 1: the service", text);
        Assert.Contains("Paragraph 40: the service", text);
        Assert.True(layout.Pages.Count >= shortLayout.Pages.Count + 3, "about 19,000 characters of commentary take three or more extra pages");
    }

    [Fact]
    public void Render_CommentaryWithHtmlAndScript_PrintsItAsLiteralText()
    {
        var model = ReportBuilder.Typical().WithCommentary(2, "Before <script>alert('x')</script> after <b>bold?</b>").Build();

        var pdf = _renderer.Render(model);
        var text = _tools.RawText(_tools.Save(pdf));

        Assert.Contains("<script>alert('x')</script>", text);
        Assert.Contains("<b>bold?</b>", text);
        Assert.DoesNotContain("/JavaScript", Encoding.Latin1.GetString(pdf));
    }

    [Fact]
    public void Render_NoTeamsOrFindings_SaysSoInsteadOfEmptySections()
    {
        var model = new ReportBuilder().With(IndicatorCatalogue.CaseloadAverage, [15m, 14.2m], target: 15m).Build();

        var text = Regex.Replace(_tools.RawText(_tools.Save(_renderer.Render(model))), @"\s+", " ");

        Assert.Contains("No record-level workforce file was supplied for this quarter", text);
        Assert.Contains("there are no validation findings", text);
    }

    [Fact]
    public void Render_Findings_ListsFileWhereValueAndRule()
    {
        var model = new ReportBuilder()
            .With(IndicatorCatalogue.CaseloadAverage, [15m, 14.2m], target: 15m)
            .WithFinding(Finding.Error("measures.csv", "value must be a number", 12, "value", "abc"))
            .Build();

        var text = Regex.Replace(_tools.RawText(_tools.Save(_renderer.Render(model))), @"\s+", " ");

        Assert.Contains("Error measures.csv row 12, column value abc value must be a number", text);
    }

    private static string FileId(byte[] pdf) => Regex.Match(Encoding.Latin1.GetString(pdf), @"/ID\s*\[<([0-9a-fA-F]+)>").Groups[1].Value;

    public void Dispose() => _tools.Dispose();
}
