using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Reporting.Testing;
using static Microsoft.Playwright.Assertions;

namespace Reporting.Web.Tests;

/// <summary>
/// The HTML review tells its reader what the PDF tells them: its sections in the audience's order under
/// the PDF's headings, the counts behind percentages, the actions, each priority's commentary, the team
/// table; and for the public, no marking and the same hidden figures. Each page is compared with the PDF
/// the same run published (its text from pdftotext), never with the code that made both.
/// </summary>
[Trait("Lane", "Browser")]
public sealed class HtmlReviewTests(ServedSample served) : IClassFixture<ServedSample>
{
    /// <summary>A quarter these tests publish and only read (the other classes have their own store).</summary>
    private const string Quarter = "2017-18-Q1";

    /// <summary>The review's web page, and its PDF's text as pdftotext lays it out and in content order with the lines joined, and its bytes.</summary>
    private async Task<(IPage Page, string PdfLayout, string PdfFlowing, byte[] Pdf)> OpenAsync(string audience, string quarter = Quarter, int width = 1280)
    {
        await served.PublishAsync(quarter);
        var page = await served.NewPageAsync(width);
        await page.GotoAsync($"/api/service/933/{quarter}/reviews/{audience}");
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Download this review as a PDF" }).GetAttributeAsync("href");
        var response = await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).ToString());
        Assert.True(response.Ok, $"The review's PDF link answered {response.Status}.");
        using var tools = new PdfTools();
        var pdf = await response.BodyAsync();
        var path = tools.Save(pdf);
        return (page, tools.Text(path), Regex.Replace(tools.RawText(path), @"\s+", " "), pdf);
    }

    [Theory]
    [InlineData("dfe", "Executive summary|Scorecard|Progress by priority|Risks|Contact")]
    [InlineData("essex", "About this document|Contents|Executive summary|Scorecard|Progress by priority|Team breakdown|Risks|Data quality|Glossary of indicators|Contact")]
    [InlineData("cabinet", "Key messages|The figures|About the improvement plan|Words used in this summary|Contact")]
    public async Task Review_EachAudience_TheSectionsInThePdfsOrderUnderItsHeadingsAndNoAxeViolation(string audience, string expected)
    {
        var (page, pdf, _, _) = await OpenAsync(audience);

        var headings = await page.Locator("main h2").AllInnerTextsAsync();
        Assert.Equal(expected.Split('|'), headings.Select(h => h.Trim()));
        var pdfLines = pdf.Split('\n').Select(l => l.Trim()).ToHashSet();
        Assert.All(headings.Where(h => h.Trim() != "About this document"), h => Assert.Contains(h.Trim(), pdfLines));
        await PageChecks.AssertAxeAsync(page, audience);
    }

    [Theory]
    [InlineData("dfe", "Baseline 2015/16 Q1|Year ago 2016/17 Q1")]
    [InlineData("cabinet", "Plan start 2015/16 Q1|A year ago 2016/17 Q1")]
    public async Task Review_EachAudience_ScorecardColumnsHeadedAsInThePdfTheComparisonsWithTheirQuarter(string audience, string comparisons)
    {
        // The sample's plan began in 2015/16 Q1; the quarter a year before 2017/18 Q1 is 2016/17 Q1.
        var (page, _, flowing, _) = await OpenAsync(audience);

        var headings = (await page.Locator("#scorecard thead th").AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        Assert.Equal(comparisons.Split('|'), headings.Skip(3).Take(2));
        // The PDF's header row, in reading order, says the same words.
        Assert.Contains(string.Join(" ", headings), flowing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_Essex_ShowsTheTeamTableEachPrioritysCommentaryAndTheActionsAsThePdfDoes()
    {
        var (page, pdf, flowing, _) = await OpenAsync("essex");

        // The team table: a header per column, a row header per team, each team and its flag as the PDF prints them.
        var teams = page.Locator("#teams");
        await Expect(teams.Locator("thead th")).ToHaveTextAsync([new Regex("^Team$"), new Regex("^Case-holding FTE$"), new Regex("^Average caseload"), new Regex("^Agency share"), new Regex("^Against the targets$")]);
        var rows = await teams.Locator("tbody tr").AllAsync();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var team = (await row.Locator("th[scope=row]").InnerTextAsync()).Trim();
            var flag = (await row.Locator("td").Last.InnerTextAsync()).Trim();
            Assert.Contains(team, flowing);
            Assert.Contains(flag, flowing);
        }

        await Expect(teams.Locator("tbody td strong").First).ToContainTextAsync("Over target: ");

        // The sample commentary has a section for each of the nine priorities: each sits with its priority,
        // its Markdown read (priority 2 is a list of three; priority 1's *interim* is emphasised), nothing raw.
        for (var priority = 1; priority <= 9; priority++)
        {
            await Expect(page.Locator($"#priority-{priority} [data-priority-commentary='{priority}'] p, #priority-{priority} [data-priority-commentary='{priority}'] li").First).ToBeVisibleAsync();
        }

        await Expect(page.Locator("#priority-2 [data-priority-commentary] ul.govuk-list--bullet > li")).ToHaveCountAsync(3);
        await Expect(page.Locator("#priority-1 [data-priority-commentary] em")).ToHaveTextAsync("interim");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("*interim*");
        await Expect(page.Locator("#risks-commentary li")).ToHaveCountAsync(3);
        await Expect(page.Locator("#priority-2 svg title")).Not.ToHaveCountAsync(0);

        // The actions: the PDF's wording for each, and as many measures flagged without one as in the PDF.
        var actions = await page.Locator("#actions td li").AllInnerTextsAsync();
        Assert.Contains("Convert agency posts to permanent through the recruitment and retention offer (Head of workforce development, due 31 Dec 2017, in progress)", actions);
        Assert.All(actions, a => Assert.Contains(a.Trim(), flowing));
        var flagged = await page.Locator("#actions td", new() { HasText = "No action recorded" }).CountAsync();
        Assert.True(flagged > 0);
        Assert.Equal(Regex.Matches(flowing.Split("Off track, and the actions")[1].Split("Biggest")[0], "No action recorded").Count, flagged);

        foreach (var width in new[] { 1280, 375 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await PageChecks.AssertNoSidewaysScrollingAsync(page, "The Essex review", width);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServedSample.Screenshots, $"review-essex-{width}.png"), FullPage = true });
        }
    }

    [Fact]
    public async Task Review_Essex_ChartsSayWhatThePdfsSayAndTeamChartsFlagTheTeamsTheTableFlags()
    {
        var (page, _, _, bytes) = await OpenAsync("essex");
        var pdf = System.Text.Encoding.Latin1.GetString(bytes);

        // Each chart's words for screen readers are the PDF figure's alt text, word for word (a trend
        // chart's, after "Line chart." and before where its figures are).
        static string Alt(string words) => "/Alt(" + words.Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";
        var charts = await page.Locator("svg[data-team-chart]").AllAsync();
        Assert.Equal(2, charts.Count);
        foreach (var chart in charts)
        {
            Assert.Contains(Alt((await chart.Locator("title").TextContentAsync())!), pdf);
        }

        var trends = await page.Locator("#priority-2 svg[role=img] title").AllTextContentsAsync();
        Assert.NotEmpty(trends);
        Assert.All(trends, words => Assert.Contains(Alt(Regex.Match(words, "^Line chart\\. (.*) Its figures are in the table").Groups[1].Value), pdf));

        // The caseload chart has a bar for each team the table gives a caseload, and names over the
        // target exactly the teams the table flags for caseload.
        var rows = await page.Locator("#teams tbody tr").AllAsync();
        var withCaseload = new List<string>();
        var flagged = new List<string>();
        foreach (var row in rows)
        {
            var team = (await row.Locator("th[scope=row]").InnerTextAsync()).Trim();
            var cells = await row.Locator("td").AllInnerTextsAsync();
            if (cells[1].Trim() != "n/a")
            {
                withCaseload.Add(team);
            }

            if (cells[^1].Contains("caseload", StringComparison.Ordinal))
            {
                flagged.Add(team);
            }
        }

        var caseload = page.Locator("svg[data-team-chart=sw-caseload-avg]");
        Assert.Equal(withCaseload, await caseload.Locator("rect[data-team]").EvaluateAllAsync<string[]>("bars => bars.map(b => b.getAttribute('data-team'))"));
        var over = Regex.Match((await caseload.Locator("title").TextContentAsync())!, "over it: (.*?);").Groups[1].Value.Split(", ");
        Assert.NotEmpty(flagged);
        Assert.Equal(flagged.Order(), over.Order());
        await Expect(caseload.Locator("[data-target]")).ToHaveCountAsync(1);
        await Expect(caseload.Locator("[data-council]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Review_Dfe_ShowsTheCountsBehindPercentagesAsThePdfDoes()
    {
        var (page, _, flowing, _) = await OpenAsync("dfe");

        // Permanent social workers: 152 permanent of 200 social workers is 76.0%.
        var permanent = page.Locator("#scorecard tr[data-indicator='sw-permanent-pct']");
        await Expect(permanent.Locator("[data-value]")).ToHaveTextAsync("76.0%");
        await Expect(permanent.Locator("[data-count]")).ToHaveTextAsync("(152 of 200)");

        var counts = await page.Locator("#scorecard [data-count]").AllInnerTextsAsync();
        Assert.True(counts.Count >= 10, $"Only {counts.Count} counts in the scorecard.");
        Assert.All(counts, c => Assert.Contains(c.Trim().Trim('(', ')'), flowing));
        // Percentages' "n of m" and the caseload's "cases ÷ FTE".
        Assert.Equal(Regex.Matches(flowing.Split("Scorecard Each indicator")[1].Split("How to read the ratings")[0], @"(?<!Page )\b\d+(\.\d)? of \d+(\.\d)?|\d cases ÷ \d").Count, counts.Count);
    }

    [Fact]
    public async Task Review_Cabinet_NoProtectiveMarkingAndSmallNumbersHiddenAsInThePdf()
    {
        // The council adds a public summary of its own, the Cabinet's with senior leadership posts (5 posts,
        // so every figure of it is built on five or fewer); a council's file cannot replace the built-in Cabinet review.
        var definition = Path.Combine(served.Root, "metrics", "933", "config", "audiences", "cabinet-leadership.json");
        Directory.CreateDirectory(Path.GetDirectoryName(definition)!);
        var builtIn = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "src", "Reporting.Pipeline", "Composition", "Audiences", "cabinet.json"));
        File.WriteAllText(definition, builtIn
            .Replace("\"id\": \"cabinet\"", "\"id\": \"cabinet-leadership\"", StringComparison.Ordinal)
            .Replace("\"indicators\": [", "\"indicators\": [\"leadership-permanent-pct\", ", StringComparison.Ordinal));
        IPage page;
        string pdf, flowing;
        try
        {
            (page, pdf, flowing, _) = await OpenAsync("cabinet-leadership", "2016-17-Q4");
        }
        finally
        {
            // The definition holds for every quarter of the council: the other tests' quarters are published without it.
            File.Delete(definition);
        }

        await Expect(page.Locator("main")).Not.ToContainTextAsync("OFFICIAL");
        Assert.DoesNotContain("OFFICIAL", pdf, StringComparison.Ordinal);
        var leadership = page.Locator("#scorecard tr[data-indicator='leadership-permanent-pct']");
        // Now, aim, plan start, a year ago, England (DfE publishes none for it), rating.
        await Expect(leadership.Locator("td")).ToHaveTextAsync([new Regex("^c$"), new Regex("%$"), new Regex("^c$"), new Regex("^c$"), new Regex("^none published$"), new Regex(".+")]);
        await Expect(leadership.Locator("[data-count]")).ToHaveCountAsync(0);
        Assert.Matches(@"Senior\s+leadership\s+posts\s+filled\s+permanently\s+c\s+\S+%\s+c\s+c", flowing);
        await Expect(page.Locator("main")).Not.ToContainTextAsync(new Regex(@"\d of 5\b"));
        await Expect(page.Locator("main")).ToContainTextAsync("shown as \"c\"");
        await PageChecks.AssertAxeAsync(page, "cabinet with hidden figures");
    }

    [Fact]
    public async Task Review_Essex_EachTrendChartLabelsItsAxisWithThePdfChartsTicks()
    {
        // One chart model (TrendChartModel) decides each axis: the page's SVG draws the ticks the PDF's
        // chart draws, the same labels in the same order (the PDF's text in content order lists them in a run).
        var (page, _, flowing, _) = await OpenAsync("essex");

        var charts = await page.Locator("svg[data-trend]").AllAsync();
        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            var ticks = (await chart.Locator("[data-tick]").AllTextContentsAsync()).Select(t => t.Trim()).ToArray();
            Assert.True(ticks.Length >= 2, $"A trend chart on the page has {ticks.Length} tick(s).");
            Assert.Contains(string.Join(" ", ticks), flowing, StringComparison.Ordinal);
        }
    }
}
