using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Runs;

namespace Reporting.Functions.Tests.Routes;

public sealed class ReportRouteTests
{
    private static readonly HandlerOptions RolesRequired = new() { RequireAppRoles = true, AppServiceAuthentication = true, RunWait = TimeSpan.FromSeconds(10), MaxUploadBytes = 1024 };

    private static HttpRequestMessage Request(HttpMethod method, string path, string? principal = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (principal is not null)
        {
            request.Headers.Add(ClientPrincipal.HeaderName, principal);
        }

        return request;
    }

    private static string Lead => ClientPrincipal.ToHeader("lead@council.example", AppRoles.Generate, AppRoles.Read);

    private static string Reader => ClientPrincipal.ToHeader("adviser@dfe.example", AppRoles.Read);

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Asks for the quarter's status until the run is no longer running (10 s at most).</summary>
    private static async Task<JsonElement> StatusOnceFinishedAsync(HttpClient client, string path)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var status = await Json(await client.SendAsync(Request(HttpMethod.Get, path, Reader), timeout.Token));
            if (!status.GetProperty("running").GetBoolean())
            {
                return status;
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    [Fact]
    public async Task Root_ReadinessProbe_Answers200()
    {
        await using var handler = await InProcessHandler.StartAsync(new FakeQuarterReports(), RolesRequired);

        var response = await handler.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/runs/93/2016-17-Q2", "is not a council code")]
    [InlineData("/api/runs/abc/2016-17-Q2", "is not a council code")]
    [InlineData("/api/runs/933/2016-18-Q2", "ends in 17")]
    [InlineData("/api/runs/933/2016-17-Q5", "is not a period")]
    [InlineData("/api/runs/933/..%2F..%2Fsecrets", "is not a period")]
    [InlineData("/api/runs/933/2016-17-Q2?force=maybe", "force is 'maybe'")]
    [InlineData("/api/runs/933/2016-17-Q2?audience=DfE%20Pack", "is not an audience id")]
    public async Task StartRun_BadCouncilPeriodOrOption_400BeforeAnyStorageAccess(string path, string expected)
    {
        var reports = new FakeQuarterReports();
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Post, path, Lead));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await Json(response)).GetProperty("detail").GetString());
        Assert.Equal(0, reports.StorageCalls);
    }

    [Fact]
    public async Task StartRun_NoPrincipal_401SayingToSignIn()
    {
        var reports = new FakeQuarterReports();
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("sign in", (await Json(response)).GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, reports.StorageCalls);
    }

    [Fact]
    public async Task StartRun_GarbledPrincipal_401()
    {
        await using var handler = await InProcessHandler.StartAsync(new FakeQuarterReports(), RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2", "not-base64!"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task StartRun_ReaderWithoutGenerateRole_403NamingTheRole()
    {
        var reports = new FakeQuarterReports();
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2", Reader));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(AppRoles.Generate, (await Json(response)).GetProperty("detail").GetString());
        Assert.Empty(reports.Runs);
    }

    [Fact]
    public async Task GetDocument_CallerWithoutReadRole_403()
    {
        await using var handler = await InProcessHandler.StartAsync(new FakeQuarterReports(), RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/documents/dfe", ClientPrincipal.ToHeader("someone")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task StartRun_QuickRun_200WithDocumentLinksAndTheChosenAudiences()
    {
        var reports = new FakeQuarterReports();
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2?audience=dfe&audience=essex&force=true", Lead));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        Assert.Equal("published", body.GetProperty("status").GetString());
        Assert.Contains("/api/reports/933/2016-17-Q2/documents/dfe", body.GetProperty("documents").EnumerateArray().Select(d => d.GetString()));
        var run = Assert.Single(reports.Runs);
        Assert.Equal(["dfe", "essex"], run.Audiences);
        Assert.True(run.Force);
    }

    [Fact]
    public async Task StartRun_LongRun_202WithStatusUrlAndADuplicateGets409()
    {
        var release = new TaskCompletionSource<RunSummary>();
        var reports = new FakeQuarterReports { Run = (_, _) => release.Task };
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired with { RunWait = TimeSpan.FromMilliseconds(200) });

        var first = await handler.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2", Lead));
        var duplicate = await handler.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2", Lead));
        var whileRunning = await Json(await handler.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/status", Reader)));
        release.SetResult(new RunSummary(RunStatus.Published, "Published 2 document(s)."));
        var afterwards = await StatusOnceFinishedAsync(handler.Client, "/api/reports/933/2016-17-Q2/status");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal("/api/reports/933/2016-17-Q2/status", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Single(reports.Runs);
        Assert.True(whileRunning.GetProperty("running").GetBoolean());
        Assert.False(afterwards.GetProperty("running").GetBoolean());
        Assert.Equal("running", whileRunning.GetProperty("lastRun").GetProperty("state").GetString());
        Assert.Equal("published", afterwards.GetProperty("lastRun").GetProperty("state").GetString());
    }

    [Fact]
    public async Task StartRun_AnotherInstanceHoldsTheLease_409()
    {
        var reports = new FakeQuarterReports { Run = (_, _) => Task.FromResult(new RunSummary(RunStatus.AlreadyRunning, "A run for council 933 2016/17 Q2 is already in progress.")) };
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2", Lead));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("already in progress", (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task StartRun_RunThrows_500SayingThePreviousPublicationIsIntactWithoutTheInternalDetail()
    {
        var reports = new FakeQuarterReports { Run = (_, _) => throw new IOException("Could not open /home/site/tmp/render-7/dfe-review.pdf") };
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2", Lead));
        var status = await StatusOnceFinishedAsync(handler.Client, "/api/reports/933/2016-17-Q2/status");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var detail = (await Json(response)).GetProperty("detail").GetString();
        Assert.Contains("previous publication is unchanged", detail);
        Assert.Contains("run reference", detail);
        Assert.DoesNotContain("/home/site", detail);
        Assert.Equal("failed", status.GetProperty("lastRun").GetProperty("state").GetString());
        Assert.DoesNotContain("/home/site", status.GetProperty("lastRun").GetProperty("message").GetString());
    }

    [Fact]
    public async Task StartRun_StoreFails_500WithTheStoresMessageNamingTheBlob()
    {
        var reports = new FakeQuarterReports { Run = (_, _) => throw new Pipeline.Storage.StoreException("write", "reports", "933/2016-17-Q2/x/dfe-review.pdf", "HTTP 403 AuthorizationFailure.") };
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2", Lead));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("reports/933/2016-17-Q2/x/dfe-review.pdf", (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task GetDocument_UnexpectedFailure_500WithARequestIdAndNoInternalDetail()
    {
        var reports = new FakeQuarterReports { ReadFailure = new InvalidOperationException("Sequence contains no elements at /home/site/wwwroot/handler") };
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/documents/dfe", Reader));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await Json(response);
        var requestId = body.GetProperty("requestId").GetString();
        Assert.False(string.IsNullOrEmpty(requestId));
        Assert.Contains(requestId, body.GetProperty("detail").GetString());
        Assert.DoesNotContain("/home/site", body.ToString());
    }

    [Fact]
    public async Task AnyApiRoute_RolesRequiredButAppServiceAuthenticationOff_503EvenWithAForgedPrincipal()
    {
        var reports = new FakeQuarterReports();
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired with { AppServiceAuthentication = false });

        var run = await handler.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2", Lead));
        var status = await handler.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/status", Lead));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, run.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status.StatusCode);
        Assert.Contains("WEBSITE_AUTH_ENABLED", (await Json(run)).GetProperty("detail").GetString());
        Assert.Equal(0, reports.StorageCalls);
    }

    [Fact]
    public async Task GetDocument_Published_ReturnsThePdfWithItsEtag()
    {
        var reports = new FakeQuarterReports();
        reports.Published["933/2016-17-Q2/dfe-review.pdf"] = new PublishedFile(Encoding.ASCII.GetBytes("%PDF-1.7 ..."), "application/pdf", "ab12");
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/documents/dfe", Reader));
        var again = Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/documents/dfe.pdf", Reader);
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"ab12\""));
        var revalidated = await handler.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task GetManifest_NothingPublished_404SayingHowToRunIt()
    {
        await using var handler = await InProcessHandler.StartAsync(new FakeQuarterReports(), RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/manifest", Reader));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("POST /api/runs/933/2016-17-Q2", (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task GetIndicators_FormatCsv_ServesTheCsvExport()
    {
        var reports = new FakeQuarterReports();
        reports.Published["933/2016-17-Q2/indicators.csv"] = new PublishedFile(Encoding.UTF8.GetBytes("indicator,value\n"), "text/csv", "cd34");
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/indicators?format=csv", Reader));

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Status_Quarter_ListsInputsAndFindings()
    {
        await using var handler = await InProcessHandler.StartAsync(new FakeQuarterReports(), RolesRequired);

        var body = await Json(await handler.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/status", Reader)));

        Assert.Equal("2016/17 Q2 (July to September 2016)", body.GetProperty("label").GetString());
        Assert.Equal("2016-17-Q2/measures.csv", body.GetProperty("inputs")[0].GetProperty("name").GetString());
        Assert.Equal("warning", body.GetProperty("findings")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Validate_FileLargerThanTheLimit_413WithoutReadingItAll()
    {
        var reports = new FakeQuarterReports();
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired);
        var chunked = new StreamContent(new MemoryStream(new byte[5000]));
        var request = Request(HttpMethod.Post, "/api/validate/933/2016-17-Q2/measures.csv", Reader, chunked);
        request.Headers.TransferEncodingChunked = true;

        var response = await handler.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("measures.csv is larger than", (await Json(response)).GetProperty("detail").GetString());
        Assert.Equal(0, reports.StorageCalls);
    }

    [Fact]
    public async Task Validate_FileAboveKestrelsDefault30MbWithinTheConfiguredLimit_200()
    {
        var reports = new FakeQuarterReports();
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired with { MaxUploadBytes = 40L * 1024 * 1024 });
        var content = new byte[31 * 1024 * 1024];
        Array.Fill(content, (byte)',');

        var response = await handler.Client.SendAsync(Request(HttpMethod.Post, "/api/validate/933/2016-17-Q2/measures.csv", Reader, new ByteArrayContent(content)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await Json(response)).GetProperty("usable").GetBoolean());
    }

    [Fact]
    public async Task Validate_MalformedChunkedBody_400ProblemSayingTheBodyCouldNotBeRead()
    {
        await using var handler = await InProcessHandler.StartAsync(new FakeQuarterReports(), RolesRequired);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(handler.Client.BaseAddress!.Host, handler.Client.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        var request = "POST /api/validate/933/2016-17-Q2/measures.csv HTTP/1.1\r\nHost: localhost\r\n"
            + $"{ClientPrincipal.HeaderName}: {Reader}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz-not-a-size\r\nabc\r\n0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        var answer = await new StreamReader(stream).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400", answer);
        Assert.Contains("application/problem+json", answer);
        Assert.Contains("could not be read", answer);
    }

    [Theory]
    [InlineData("/api/validate/933/2016-17-Q2/..%2F..%2Fetc%2Fpasswd", "is not an upload name")]
    [InlineData("/api/validate/933/2016-17-Q2/a/b/c.csv", "is not an upload name")]
    [InlineData("/api/validate/933/2016-17-Q2/measures.csv", "no content")]
    public async Task Validate_BadNameOrEmptyBody_400(string path, string expected)
    {
        await using var handler = await InProcessHandler.StartAsync(new FakeQuarterReports(), RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Post, path, Reader, new ByteArrayContent([])));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Validate_MalformedFile_200WithFindingsSayingItIsNotUsable()
    {
        await using var handler = await InProcessHandler.StartAsync(new FakeQuarterReports(), RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Post, "/api/validate/933/2016-17-Q2/measures.csv", Reader, new ByteArrayContent([0xFF, 0xFE, 0x00, 0x01])));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        Assert.False(body.GetProperty("usable").GetBoolean());
        Assert.Equal(1, body.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task GetDocument_StoreUnreachable_503NamingTheBlobAndOperation()
    {
        var reports = new FakeQuarterReports { ReadFailure = new Pipeline.Storage.StoreException("read", "reports", "933/2016-17-Q2/manifest.json", "the blob service did not answer after retries.") };
        await using var handler = await InProcessHandler.StartAsync(reports, RolesRequired);

        var response = await handler.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/documents/dfe", Reader));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Could not read 'reports/933/2016-17-Q2/manifest.json'", (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnknownPath_404NamingIt()
    {
        await using var handler = await InProcessHandler.StartAsync(new FakeQuarterReports(), RolesRequired);

        var response = await handler.Client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("/api/nothing-here", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Build_NonLoopbackUrl_Refused()
    {
        Assert.Throws<ArgumentException>(() => HandlerApp.Build(new FakeQuarterReports(), new HandlerOptions(), ["http://0.0.0.0:7071"]));
    }
}
