using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reporting.Web.Tests;

/// <summary>
/// A newcomer's first quarter, in a real browser: the pages in the GOV.UK Design System, a broken file
/// refused with an error summary naming row and column, the corrected file stored, the quarter run and
/// published, the review downloaded. axe-core checks every page against WCAG 2.2 A and AA, and each
/// page is photographed at 1280 and 375 CSS pixels wide (artifacts/screenshots/).
/// </summary>
[Trait("Lane", "Browser")]
public sealed class NewcomerJourneyTests(ServedSample served) : IClassFixture<ServedSample>
{
    private const string BrokenEpisodes = "CHILD,DECOM,RNE,LS,PLACE,DEC\n1001,31/02/2017,S,C2,U1,\n";
    private const string CorrectedEpisodes = "CHILD,DECOM,RNE,LS,PLACE,DEC\n1001,01/08/2017,S,C2,U1,\n";



    private static FilePayload File(string name, string content) => new() { Name = name, MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(content) };

    /// <summary>No WCAG 2.2 A/AA violation on the page as it is now, and a photograph of it at both widths.</summary>
    private async Task CheckAndPhotographAsync(IPage page, string name)
    {
        await PageChecks.AssertAxeAsync(page, name);
        foreach (var width in new[] { 1280, 375 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServedSample.Screenshots, $"{name}-{width}.png"), FullPage = true });
            await PageChecks.AssertNoSidewaysScrollingAsync(page, name, width);
        }

        await page.SetViewportSizeAsync(1280, 900);
    }

    [Fact]
    public async Task Newcomer_BrokenFileThenCorrectedThenRun_SeesRowAndColumnThenThePublishedReviewToDownload()
    {
        var page = await served.NewPageAsync();

        await page.GotoAsync("/api/service");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Councils and quarters" })).ToBeVisibleAsync();
        await Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("govuk-frontend-supported"));
        await CheckAndPhotographAsync(page, "1-quarters");

        await page.GetByRole(AriaRole.Link, new() { Name = "2017/18 Q2 (July to September 2017)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2017/18 Q2 (July to September 2017)" })).ToBeVisibleAsync();
        await CheckAndPhotographAsync(page, "2-quarter");

        await page.GetByLabel("Upload files").SetInputFilesAsync(File("SSDA903_Episodes_2017.csv", BrokenEpisodes));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and upload" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync("There is a problem");
        await Expect(summary).ToContainTextAsync("SSDA903_Episodes_2017.csv: row 2, column DECOM");
        await Expect(summary).ToBeFocusedAsync(); // GOV.UK Frontend's script ran under the Content-Security-Policy
        await CheckAndPhotographAsync(page, "3-upload-refused");

        await page.GetByLabel("Upload files").SetInputFilesAsync(File("SSDA903_Episodes_2017.csv", CorrectedEpisodes));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and upload" }).ClickAsync();
        await Expect(page.GetByText("Stored as ssda903/episodes.csv (recognised by its content).")).ToBeVisibleAsync();
        await Expect(summary).ToHaveCountAsync(0);
        await CheckAndPhotographAsync(page, "4-upload-stored");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the quarter" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run now" }).ClickAsync();
        // Queued, or already ended when the machine is quick: the banner says which.
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("The run is queued|The run has ended"));
        await CheckAndPhotographAsync(page, "5-run-started");

        // No script follows the run: the page reloads itself (HTTP Refresh) until the run has ended.
        await Expect(page.Locator("#quarter-state")).ToHaveTextAsync("Published", new() { Timeout = 120_000 });
        await Expect(page.GetByText("This page refreshes every 5 seconds")).ToHaveCountAsync(0);
        await Expect(page.Locator("#runs tbody tr").First).ToContainTextAsync("In force");
        await CheckAndPhotographAsync(page, "6-published");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { NameRegex = new(@"^download the PDF \(.*\)\s*: Quarterly performance review, for Department for Education") }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"reporting-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        var head = new byte[5];
        await using (var pdf = System.IO.File.OpenRead(path))
        {
            await pdf.ReadExactlyAsync(head);
        }

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(head));
        Assert.Equal("933-2017-18-Q2-dfe-review.pdf", download.SuggestedFilename);

        // The same review as a web page: the figures of the PDF, in an accessible table.
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new(@"^Read it as a web page\s*: Quarterly performance review, for Department for Education") }).ClickAsync();
        await Expect(page.Locator("#scorecard")).ToBeVisibleAsync();
        await CheckAndPhotographAsync(page, "7-review-html");
        using var pdfTools = new Reporting.Testing.PdfTools();
        var pdfText = pdfTools.Text(path);
        System.IO.File.Delete(path);
        await AssertScorecardRowsMatchThePdfAsync(page, pdfText);
    }

    /// <summary>
    /// Each scorecard row of the page (indicator, figure, rating) is a row of the PDF's scorecard: one
    /// line of its text (pdftotext -layout) starts with the indicator's title (or the part of it
    /// before the cell wraps) and carries the same figure and rating.
    /// </summary>
    private static async Task AssertScorecardRowsMatchThePdfAsync(IPage page, string pdfText)
    {
        var lines = ScorecardLines(pdfText);
        var rows = await page.Locator("#scorecard tr[data-indicator]").AllAsync();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var title = (await row.Locator("[data-title]").InnerTextAsync()).Trim();
            var value = (await row.Locator("[data-value]").InnerTextAsync()).Trim();
            var status = (await row.Locator("[data-status]").InnerTextAsync()).Trim();
            Assert.True(
                lines.Any(line => IsRowOf(line, title, value, status)),
                $"No line of the PDF's scorecard has {title}, {value} and {status} together:\n{string.Join("\n", lines)}");
        }
    }

    /// <summary>The PDF text from the scorecard's heading to the notes under it.</summary>
    private static string[] ScorecardLines(string pdfText)
    {
        var lines = pdfText.Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() is "Scorecard" or "The figures");
        Assert.True(start >= 0, "The PDF has no scorecard heading.");
        var end = Array.FindIndex(lines, start, l => l.Trim() is "How to read the ratings" or "What the ratings mean" or "Not available this quarter");
        return lines[start..(end < 0 ? lines.Length : end)];
    }

    private static bool IsRowOf(string line, string title, string value, string status)
    {
        // Cells are set apart by two or more spaces; the first is the title, or its first line when it wraps.
        var cells = System.Text.RegularExpressions.Regex.Split(line.Trim(), @"\s{2,}");
        var tokens = string.Join(' ', cells.Skip(1)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(tokens, value);
        return cells[0].Length > 0
            && (title == cells[0] || title.StartsWith(cells[0] + " ", StringComparison.Ordinal))
            && at >= 0
            && tokens.Skip(at + 1).Contains(status.Split(' ')[0]);
    }

    [Fact]
    public async Task ErrorPages_MissingQuarterAndStoreFailure_GovukPagesWithTheirStatusAndARequestId()
    {
        var page = await served.NewPageAsync();
        // Council 934 has no uploads (so the first page never reads it) and a manifest that cannot be read.
        var manifest = Path.Combine(served.Root, "reports", "934", "2017-18-Q2", "manifest.json");
        Directory.CreateDirectory(Path.GetDirectoryName(manifest)!);
        System.IO.File.CreateSymbolicLink(manifest, Path.Combine(served.Root, "gone"));

        var missing = await page.GotoAsync("/api/service/933/2017-18-Q7");
        Assert.Equal(404, missing!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await CheckAndPhotographAsync(page, "8-error-not-found");

        var failed = await page.GotoAsync("/api/service/934/2017-18-Q2");
        Assert.Equal(503, failed!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sorry, there is a problem with the service" })).ToBeVisibleAsync();
        await Expect(page.Locator("#request-id")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Exception");
        await CheckAndPhotographAsync(page, "9-error-service");
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to councils and quarters" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Councils and quarters" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("dfe")]
    [InlineData("essex")]
    [InlineData("cabinet")]
    public async Task Review_At375PixelsWide_NoSidewaysScrollingAndTheScorecardReachableByKeyboard(string audience)
    {
        await served.PublishAsync(ReviewQuarter);
        var page = await served.NewPageAsync(width: 375);

        await page.GotoAsync($"/api/service/933/{ReviewQuarter}/reviews/{audience}");

        await Expect(page.Locator("#scorecard")).ToBeVisibleAsync();
        await PageChecks.AssertNoSidewaysScrollingAsync(page, $"The {audience} review", 375);
        var region = page.GetByRole(AriaRole.Region, new() { Name = audience == "cabinet" ? "The figures" : "Scorecard", Exact = true });
        await Expect(region).ToHaveAttributeAsync("tabindex", "0");
        await region.FocusAsync();
        await Expect(region).ToBeFocusedAsync();
        await PageChecks.AssertAxeAsync(page, $"the {audience} review at 375 px");
    }

    /// <summary>A quarter the other tests leave alone, published once for the review tests.</summary>
    private const string ReviewQuarter = "2017-18-Q1";

    [Fact]
    public async Task Pages_WithoutJavaScript_UploadStillChecksAndRefusesWithTheErrorSummary()
    {
        var page = await served.NewPageAsync(javaScript: false);

        await page.GotoAsync("/api/service/933/2017-18-Q1");
        await page.GetByLabel("Upload files").SetInputFilesAsync(File("episodes-q1.csv", BrokenEpisodes.Replace("31/02/2017", "xx/05/2017", StringComparison.Ordinal)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and upload" }).ClickAsync();

        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("episodes-q1.csv: row 2, column DECOM");
        await Expect(page.Locator("body")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("js-enabled"));
    }
}
