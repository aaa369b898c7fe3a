using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Hosting;
using Reporting.Functions.Pages;
using Reporting.Serve.Tests;
using Reporting.Pipeline.Storage;
using Reporting.Storage.Folder;
using Reporting.Testing;
using Reporting.Web;

namespace Reporting.Functions.Tests.Pages;

/// <summary>The improvement leads' pages as <c>serve</c> hosts them (the same function classes as the function app), over real HTTP.</summary>
public sealed partial class LeadPagesTests(SampleFolder sample) : IClassFixture<SampleFolder>
{
    private const string BrokenEpisodes = "CHILD,DECOM,RNE,LS,PLACE,DEC\n1001,31/02/2017,S,C2,U1,\n";
    private const string GoodEpisodes = "CHILD,DECOM,RNE,LS,PLACE,DEC\n1001,01/07/2017,S,C2,U1,\n";

    private static readonly FunctionOptions RolesRequired = new() { RequireAppRoles = true, AppServiceAuthentication = true };

    private static string Lead => ClientPrincipal.ToHeader("lead@council.example", AppRoles.Generate, AppRoles.Read);

    private static string Reader => ClientPrincipal.ToHeader("adviser@dfe.example", AppRoles.Read);

    /// <summary>A browser-like client: keeps cookies, does not follow redirects, signed in as <paramref name="principal"/>.</summary>
    private static HttpClient Browser(LocalApi api, string? principal)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = api.Client.BaseAddress };
        if (principal is not null)
        {
            client.DefaultRequestHeaders.Add(ClientPrincipal.HeaderName, principal);
        }

        return client;
    }

    private static string Token(string html) => TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The page has no form token.");

    private static MultipartFormDataContent Upload(string token, params (string Name, string Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__form_token" } };
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "files", name);
        }

        return form;
    }

    [Fact]
    public async Task Quarters_SampleStore_ListsEachQuarterWithItsStateUnderAStrictContentSecurityPolicy()
    {
        await using var api = await LocalApi.StartAsync(sample.Store, RolesRequired);
        using var browser = Browser(api, Reader);

        var response = await browser.GetAsync("/api/service");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2017/18 Q2 (July to September 2017)", html);
        Assert.Contains("href=\"/api/service/933/2015-16-Q1\"", html);
        // Never run: its files are checked on its own page, not for every quarter here.
        Assert.Contains(">Not run</strong>", html);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"script-src 'self' {PageSecurity.BodyScriptHash};", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal(1, Regex.Count(html, "<script>"));
        Assert.Contains("<script>" + PageSecurity.BodyScript + "</script>", html);
    }

    [Fact]
    public async Task Quarter_ViewedAgain_ChecksOnlyUploadsWrittenSinceWithoutDownloadingTheOthers()
    {
        using var scratch = await ScratchStore.WithSampleAsync();
        var uploads = StoreLayout.QuarterInputs(CouncilCode.From(933), FinancialQuarter.From("2017-18-Q2"));
        var store = new FailingReads(scratch.Store, uploads) { Failing = false };
        await using var api = await LocalApi.StartAsync(store, RolesRequired);
        using var browser = Browser(api, Reader);

        var first = await browser.GetAsync("/api/service/933/2017-18-Q2");
        store.Failing = true;
        var again = await browser.GetAsync("/api/service/933/2017-18-Q2");
        var measures = uploads + "measures.csv";
        var same = (await scratch.Store.GetAsync(StoreLayout.MetricsContainer, measures))!.Content;
        await scratch.Store.PutAsync(StoreLayout.MetricsContainer, measures, same, WriteCondition.None, "text/csv");
        var rewritten = await browser.GetAsync("/api/service/933/2017-18-Q2");

        // The sample's one warning: some children in ssda903/episodes.csv have no placement distance.
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("PL_DISTANCE, or a postcode missing", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("PL_DISTANCE, or a postcode missing", await again.Content.ReadAsStringAsync());
        // The third view read again the one upload rewritten since, and only it (the read fails, so the page does).
        Assert.Equal(HttpStatusCode.InternalServerError, rewritten.StatusCode);
        Assert.Equal([measures], store.Refused);
    }

    [Fact]
    public async Task Upload_BrokenThenCorrectedEpisodes_RefusedWithRowAndColumnThenStoredUnderTheContractName()
    {
        var root = Directory.CreateTempSubdirectory("reporting-pages-").FullName;
        try
        {
            var store = new FolderStore(root);
            await using var api = await LocalApi.StartAsync(store, RolesRequired);
            using var browser = Browser(api, Lead);
            var page = await (await browser.GetAsync("/api/service/933/2017-18-Q2")).Content.ReadAsStringAsync();

            var refused = await browser.PostAsync("/api/service/933/2017-18-Q2/files", Upload(Token(page), ("SSDA903_Episodes_2017.csv", BrokenEpisodes)));
            var refusedHtml = await refused.Content.ReadAsStringAsync();
            var stored = await browser.PostAsync("/api/service/933/2017-18-Q2/files", Upload(Token(refusedHtml), ("SSDA903_Episodes_2017.csv", GoodEpisodes)));
            var storedHtml = await stored.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("govuk-error-summary", refusedHtml);
            Assert.Contains("SSDA903_Episodes_2017.csv: row 2, column DECOM", refusedHtml);
            Assert.Contains("Not stored", refusedHtml);
            Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
            Assert.DoesNotContain("govuk-error-summary", storedHtml);
            Assert.Contains("Stored as ssda903/episodes.csv (recognised by its content)", storedHtml);
            var files = await store.ListAsync(StoreLayout.MetricsContainer, "933/");
            Assert.Equal(["933/2017-18-Q2/ssda903/episodes.csv"], files.Select(f => f.Name));
            Assert.DoesNotContain("1001", refusedHtml + storedHtml);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// The sample's latest quarter published for every audience, then corrected episodes uploaded by the
    /// lead through the page and the DfE review run again: the first run's DfE review is superseded,
    /// its other reviews stay in force.
    /// </summary>
    private static async Task<(Reporting.Pipeline.Publishing.Manifest First, HttpResponseMessage Stored, Reporting.Pipeline.Publishing.Manifest Second)> PublishUploadAndRerunDfeAsync(Reporting.Pipeline.Storage.IObjectStore store, HttpClient lead)
    {
        var page = await (await lead.GetAsync("/api/service/933/2017-18-Q2")).Content.ReadAsStringAsync();
        var run = PipelineComposition.CreateRun(store, new ServiceLinks());
        var quarter = FinancialQuarter.Parse("2017-18-Q2").Value;
        var first = await run.RunAsync(new Reporting.Pipeline.RunRequest(Reporting.SampleData.SampleDataSet.Council, quarter, []));
        var stored = await lead.PostAsync("/api/service/933/2017-18-Q2/files", Upload(Token(page), ("SSDA903_Episodes_2017.csv", GoodEpisodes)));
        var second = await run.RunAsync(new Reporting.Pipeline.RunRequest(Reporting.SampleData.SampleDataSet.Council, quarter, ["dfe"]));
        return (first.Manifest!, stored, second.Manifest!);
    }

    [Fact]
    public async Task RunNow_IncompleteQuarter_ThePageShowsIncompleteAndWhatIsMissing()
    {
        using var scratch = await ScratchStore.WithSampleAsync();
        var store = scratch.Store;
        var vacancies = (await store.GetAsync(Reporting.Pipeline.Storage.StoreLayout.MetricsContainer, "933/2017-18-Q2/vacancies.csv"))!.Content;
        await store.PutAsync(Reporting.Pipeline.Storage.StoreLayout.MetricsContainer, "933/2018-19-Q1/vacancies.csv", vacancies, Reporting.Pipeline.Storage.WriteCondition.None, "text/csv");
        await using var api = await LocalApi.StartAsync(store, RolesRequired);
        using var lead = Browser(api, Lead);
        var page = await (await lead.GetAsync("/api/service/933/2018-19-Q1")).Content.ReadAsStringAsync();

        var started = await lead.PostAsync("/api/service/933/2018-19-Q1/runs", new FormUrlEncodedContent([new("__form_token", Token(page))]));
        var html = string.Empty;
        for (var tries = 0; tries < 120 && !html.Contains(">Incomplete</strong>", StringComparison.Ordinal); tries++)
        {
            await Task.Delay(500);
            html = WebUtility.HtmlDecode(await (await lead.GetAsync("/api/service/933/2018-19-Q1?refresh=off")).Content.ReadAsStringAsync());
        }

        Assert.True(started.StatusCode is HttpStatusCode.SeeOther or HttpStatusCode.OK, started.StatusCode.ToString());
        Assert.Contains(">Incomplete</strong>", html);
        Assert.Contains("is incomplete (not uploaded: commentary.md (dfe, essex)", Regex.Replace(html, @"\s+", " "));
    }

    [Fact]
    public async Task QuarterPage_AfterAnUploadAndTwoRuns_ShowsWhoUploadedWhenAndEachRunWithWhereItStands()
    {
        using var scratch = await ScratchStore.WithSampleAsync();
        var store = scratch.Store;
        await using var api = await LocalApi.StartAsync(store, RolesRequired);
        using var browser = Browser(api, Lead);
        var (first, stored, second) = await PublishUploadAndRerunDfeAsync(store, browser);
        var html = System.Net.WebUtility.HtmlDecode(await (await browser.GetAsync("/api/service/933/2017-18-Q2")).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Matches(@"ssda903/episodes\.csv</td>.*?Yes, [0-9.]+ bytes, \d{1,2} \w+ 20\d\d at \d\d:\d\d UTC by lead@council\.example</td>", Regex.Replace(html, @"\s+", " "));
        Assert.DoesNotContain("by lead@council.example", Regex.Match(html, "measures\\.csv</td>.*?</tr>", RegexOptions.Singleline).Value);
        var runs = Regex.Match(html, "<table[^>]*id=\"runs\".*?</table>", RegexOptions.Singleline).Value;
        Assert.True(runs.IndexOf(second.RunId, StringComparison.Ordinal) is >= 0 and var newer && newer < runs.IndexOf(first.RunId, StringComparison.Ordinal), "The newer run is listed first.");
        Assert.Contains("In force", runs);
        Assert.Contains("Superseded, except its reviews still in force: Quarterly performance review: operational pack, for Essex County Council (improvement partner); Children's services improvement: quarterly summary, for The council's Cabinet and the public", runs);
    }

    [Fact]
    public async Task QuarterPage_AfterARerun_LinksEachRunsReviewsAsThatRunPublishedThemAndRefusesAnyOtherRun()
    {
        using var scratch = await ScratchStore.WithSampleAsync();
        var store = scratch.Store;
        await using var api = await LocalApi.StartAsync(store, RolesRequired);
        using var lead = Browser(api, Lead);
        using var reader = Browser(api, Reader);
        var (first, _, second) = await PublishUploadAndRerunDfeAsync(store, lead);

        var html = System.Net.WebUtility.HtmlDecode(await (await reader.GetAsync("/api/service/933/2017-18-Q2")).Content.ReadAsStringAsync());
        var runs = Regex.Match(html, "<table[^>]*id=\"runs\".*?</table>", RegexOptions.Singleline).Value;
        var firstDfe = $"/api/service/933/2017-18-Q2/documents/dfe?run={first.RunId}";
        Assert.Contains($"href=\"{firstDfe}\"", runs);
        Assert.Contains($"href=\"/api/service/933/2017-18-Q2/reviews/dfe?run={first.RunId}\"", runs);
        Assert.Contains($"href=\"/api/service/933/2017-18-Q2/documents/essex?run={first.RunId}\"", runs);
        Assert.Contains($"href=\"/api/service/933/2017-18-Q2/documents/dfe?run={second.RunId}\"", runs);
        Assert.DoesNotContain($"documents/essex?run={second.RunId}", runs);

        // The superseded DfE review is the one the first run published, byte for byte, not the one in force.
        var old = await reader.GetAsync(firstDfe);
        var oldBytes = await old.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal("application/pdf", old.Content.Headers.ContentType?.MediaType);
        Assert.Equal(first.Output("dfe-review.pdf")!.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(oldBytes)));
        Assert.NotEqual(second.Output("dfe-review.pdf")!.Sha256, first.Output("dfe-review.pdf")!.Sha256);
        var oldPage = await reader.GetAsync($"/api/service/933/2017-18-Q2/reviews/dfe?run={first.RunId}");
        var oldPageBytes = await oldPage.Content.ReadAsByteArrayAsync();
        Assert.Equal(first.Output("dfe-review.html")!.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(oldPageBytes)));
        // Its PDF link is the PDF published beside it, not whichever is in force when it is read.
        Assert.Contains($"href=\"{firstDfe}\" download>Download this review as a PDF", WebUtility.HtmlDecode(Encoding.UTF8.GetString(oldPageBytes)));

        // A run the quarter never had, or something that is not a run id, is the pages' "Page not found".
        foreach (var path in new[] { "documents/dfe?run=0123456789abcdef", "documents/dfe?run=..%2Fmanifest.json", "reviews/dfe?run=X", $"documents/dfe?run={first.RunId}&run={second.RunId}" })
        {
            var refused = await reader.GetAsync($"/api/service/933/2017-18-Q2/{path}");
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Contains("Page not found", await refused.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Upload_ArrivingOverLongerThanTheTimeBudget_StoredAsWaitingForItIsNotCounted()
    {
        using var scratch = await ScratchStore.WithSampleAsync();
        await using var api = await LocalApi.StartAsync(scratch.Store, RolesRequired with { RequestTimeBudget = TimeSpan.FromSeconds(2) });
        using var browser = Browser(api, Lead);
        var token = Token(await (await browser.GetAsync("/api/service/933/2017-18-Q2")).Content.ReadAsStringAsync());
        // A first upload readies the server's code (whatever it answers), so the budget times only the
        // work; then half the form, a pause more than twice the budget (under the 5 s a stalled body is allowed before Kestrel answers 408), and the rest: a slow line, not slow work.
        await browser.PostAsync("/api/service/933/2017-18-Q2/files", Upload(token, ("SSDA903_Episodes_2017.csv", BrokenEpisodes)));
        var slow = await SlowContent.OfAsync(Upload(token, ("SSDA903_Episodes_2017.csv", GoodEpisodes)), TimeSpan.FromSeconds(4.5));

        var stored = await browser.PostAsync("/api/service/933/2017-18-Q2/files", slow);
        var storedHtml = await stored.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Contains("Stored as ssda903/episodes.csv (recognised by its content)", storedHtml);
        Assert.NotNull(await scratch.Store.GetAsync(StoreLayout.MetricsContainer, "933/2017-18-Q2/ssda903/episodes.csv"));
    }

    /// <summary>The hardening issue's item 5: 21 files lost the 21st without a word, and 25 answered a bare 500.</summary>
    [Theory]
    [InlineData(21, HttpStatusCode.UnprocessableEntity, "You chose 21 files: choose at most 20 at a time. None of them was stored.")]
    [InlineData(25, HttpStatusCode.RequestEntityTooLarge, "Choose at most 20 files at a time")]
    public async Task Upload_MoreThanTwentyFiles_RefusedNamingTheLimitAndNothingStored(int count, HttpStatusCode expected, string message)
    {
        var root = Directory.CreateTempSubdirectory("reporting-pages-").FullName;
        try
        {
            await using var api = await LocalApi.StartAsync(new FolderStore(root), RolesRequired);
            using var browser = Browser(api, Lead);
            var page = await (await browser.GetAsync("/api/service/933/2017-18-Q2")).Content.ReadAsStringAsync();
            var files = Enumerable.Range(1, count).Select(i => ($"vacancies-{i}.csv", "team,vacancy_fte,agency_cover_fte\nNorth,1.0,0.5\n")).ToArray();

            var answer = await browser.PostAsync("/api/service/933/2017-18-Q2/files", Upload(Token(page), files));
            var html = await answer.Content.ReadAsStringAsync();

            Assert.Equal(expected, answer.StatusCode);
            Assert.Contains(message, html, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(root, "metrics")) && Directory.EnumerateFiles(Path.Combine(root, "metrics"), "*", SearchOption.AllDirectories).Any());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Upload_WithoutTheFormToken_RefusedAndNothingStored()
    {
        var root = Directory.CreateTempSubdirectory("reporting-pages-").FullName;
        try
        {
            await using var api = await LocalApi.StartAsync(new FolderStore(root), RolesRequired);
            using var browser = Browser(api, Lead);
            await browser.GetAsync("/api/service/933/2017-18-Q2");

            var forged = await browser.PostAsync("/api/service/933/2017-18-Q2/files", Upload("A".PadRight(43, 'A'), ("measures.csv", "indicator,value\nreferrals,12\n")));

            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            Assert.Contains("The form has expired", await forged.Content.ReadAsStringAsync());
            Assert.Empty(Directory.EnumerateFileSystemEntries(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Pages_Reader_SeesNoFormsAndIsRefusedUploadAndRun()
    {
        await using var api = await LocalApi.StartAsync(sample.Store, RolesRequired);
        using var browser = Browser(api, Reader);

        var page = await (await browser.GetAsync("/api/service/933/2017-18-Q2")).Content.ReadAsStringAsync();
        var upload = await browser.PostAsync("/api/service/933/2017-18-Q2/files", Upload("x"));
        var run = await browser.PostAsync("/api/service/933/2017-18-Q2/runs", new FormUrlEncodedContent([]));

        Assert.DoesNotContain("<form", page);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, run.StatusCode);
        Assert.Contains(AppRoles.Generate, await run.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_NobodySignedIn_401PageWithoutDetailOfTheServer()
    {
        await using var api = await LocalApi.StartAsync(sample.Store, RolesRequired);
        using var browser = Browser(api, null);

        var response = await browser.GetAsync("/api/service");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Sign in first", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Admit_FunctionAppWithoutAppServiceAuthentication_RefusesThePages()
    {
        var services = new ServiceCollection().AddSingleton<IObjectStore>(new FolderStore(sample.Root)).AddSingleton<Pipeline.Queueing.IRunQueue, NoQueue>();
        services.AddSingleton(new FunctionOptions { RequireAppRoles = false }).AddReportingPipeline();
        var admission = services.BuildServiceProvider().GetRequiredService<PageAdmission>();

        var (caller, refusal) = admission.Admit(new DefaultHttpContext().Request, AppRoles.Read);

        Assert.Null(caller);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, Assert.IsAssignableFrom<IStatusCodeHttpResult>(refusal).StatusCode);
    }

    [Fact]
    public async Task Assets_Stylesheet_IsServedWithItsImagesBesideItAndWithoutTheGovukOnlyFont()
    {
        await using var api = await LocalApi.StartAsync(sample.Store, RolesRequired);

        var css = await api.Client.GetAsync("/api/service/assets/govuk-frontend.min.css");
        var text = await css.Content.ReadAsStringAsync();
        var crest = await api.Client.GetAsync("/api/service/assets/images/govuk-crest.svg");
        var outside = await api.Client.GetAsync("/api/service/assets/..%2F..%2Fappsettings.json");

        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("GDS Transport", text);
        Assert.DoesNotContain("/assets/", text);
        Assert.Contains("url(images/govuk-crest.svg)", text);
        Assert.Equal(HttpStatusCode.OK, crest.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Theory]
    [InlineData("/api/service/933/2017-18-Q9")]
    [InlineData("/api/service/93/2017-18-Q2")]
    [InlineData("/api/service/933/2017-18-Q2/documents/dfe")]
    [InlineData("/api/service/933/2017-18-Q2/reviews/dfe")]
    [InlineData("/api/service/933/2017-18-Q2/documents/no%20such")]
    [InlineData("/api/service/no/such/page/here")]
    public async Task Pages_NotFound_404GovukPageNotProblemJson(string path)
    {
        await using var api = await LocalApi.StartAsync(sample.Store, RolesRequired);
        using var browser = Browser(api, Reader);

        var response = await browser.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Page not found</h1>", html);
        Assert.Contains("Content-Security-Policy", response.Headers.Select(h => h.Key));
        Assert.DoesNotContain("problem", response.Content.Headers.ContentType?.ToString() ?? string.Empty);
    }

    [Fact]
    public async Task Pages_ReaderRunsOrSignedOut_403And401GovukPagesWhileTheApiKeepsProblemJson()
    {
        await using var api = await LocalApi.StartAsync(sample.Store, RolesRequired);
        using var reader = Browser(api, Reader);
        using var nobody = Browser(api, null);

        var run = await reader.PostAsync("/api/service/933/2017-18-Q2/runs", new FormUrlEncodedContent([]));
        var signedOut = await nobody.GetAsync("/api/service/933/2017-18-Q2");
        var apiRun = await reader.PostAsync("/api/runs/933/2017-18-Q2", new StringContent("{}", Encoding.UTF8, "application/json"));
        var apiMissing = await reader.GetAsync("/api/no/such/function");

        Assert.Equal((HttpStatusCode.Forbidden, "text/html"), (run.StatusCode, run.Content.Headers.ContentType?.MediaType));
        Assert.Equal((HttpStatusCode.Unauthorized, "text/html"), (signedOut.StatusCode, signedOut.Content.Headers.ContentType?.MediaType));
        Assert.Contains("govuk-template", await run.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.Forbidden, "application/problem+json"), (apiRun.StatusCode, apiRun.Content.Headers.ContentType?.MediaType));
        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (apiMissing.StatusCode, apiMissing.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Pages_StoreFailsWhileReadingTheQuarter_503ServiceProblemPageWithTheRequestIdAndNoInternalDetail()
    {
        using var scratch = await ScratchStore.WithSampleAsync();
        var (root, store) = (scratch.Root, scratch.Store);
        // The manifest is a link to nowhere: reading it fails inside the store.
        var manifest = Path.Combine(root, StoreLayout.ReportsContainer, "933", "2017-18-Q2", StoreLayout.ManifestFile);
        Directory.CreateDirectory(Path.GetDirectoryName(manifest)!);
        File.CreateSymbolicLink(manifest, Path.Combine(root, "gone"));
        await using var api = await LocalApi.StartAsync(store, RolesRequired);
        using var browser = Browser(api, Reader);

        var response = await browser.GetAsync("/api/service/933/2017-18-Q2");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sorry, there is a problem with the service", html);
        Assert.Matches("id=\"request-id\"[^>]*>[^<]+</strong>", html);
        Assert.DoesNotContain(root, html);
        Assert.DoesNotContain("Exception", html);
    }

    /// <summary>A folder store of the test's own in a temporary folder, seeded with the sample data, deleted with it.</summary>
    private sealed class ScratchStore : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("reporting-pages-").FullName;

        public FolderStore Store => new(Root);

        public static async Task<ScratchStore> WithSampleAsync()
        {
            var scratch = new ScratchStore();
            await Reporting.SampleData.SampleDataSet.WriteAsync(scratch.Store);
            return scratch;
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }

    [GeneratedRegex("name=\"__form_token\" value=\"([A-Za-z0-9_-]{43})\"")]
    private static partial Regex TokenField();

    private sealed class NoQueue : Pipeline.Queueing.IRunQueue
    {
        public string Description => "none";

        public Task EnqueueAsync(Pipeline.Queueing.RunTicket ticket, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
