using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Azure.Storage;
using Azure.Storage.Blobs;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Hosting;
using Reporting.Serve;
using Reporting.SampleData;
using Reporting.Storage.Blob;
using Reporting.Storage.Folder;

namespace Reporting.Serve.Tests;

/// <summary>The HTTP API as <c>serve</c> hosts it (the same function classes), over real HTTP on loopback.</summary>
public sealed class LocalApiTests(SampleFolder sample) : IClassFixture<SampleFolder>, IDisposable
{
    private static readonly FunctionOptions RolesRequired = new() { RequireAppRoles = true, AppServiceAuthentication = true, MaxUploadBytes = 1024 };

    /// <summary>An empty store: a request refused before storage leaves it empty.</summary>
    private readonly string _empty = Directory.CreateTempSubdirectory("reporting-local-empty-").FullName;

    public void Dispose() => Directory.Delete(_empty, recursive: true);

    private bool EmptyStoreUntouched => !Directory.EnumerateFileSystemEntries(_empty).Any();

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

    private static async Task<string> Detail(HttpResponseMessage response) => (await Json(response)).GetProperty("detail").GetString()!;

    /// <summary>Follows a status URL until the queued run has ended (60 s at most).</summary>
    private static async Task<JsonElement> StatusOnceFinishedAsync(HttpClient client, string path)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var status = await Json(await client.SendAsync(Request(HttpMethod.Get, path, Reader), timeout.Token));
            if (status.GetProperty("lastRun").GetProperty("state").GetString() is not ("queued" or "running" or "retrying"))
            {
                return status;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    [Fact]
    public async Task Root_ReadinessProbe_Answers200()
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired);

        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/")).StatusCode);
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
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired);

        var response = await api.Client.SendAsync(Request(HttpMethod.Post, path, Lead));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await Detail(response));
        Assert.True(EmptyStoreUntouched);
    }

    [Fact]
    public async Task StartRun_NoPrincipal_401SayingToSignIn()
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired);

        var response = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("sign in", await Detail(response), StringComparison.OrdinalIgnoreCase);
        Assert.True(EmptyStoreUntouched);
    }

    [Fact]
    public async Task StartRun_GarbledPrincipal_401()
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired);

        var response = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2", "not-base64!"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task StartRunAndTimer_ReaderWithoutGenerateRole_403NamingTheRoleAndNothingQueued()
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired);

        var run = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2", Reader));
        var timer = await api.Client.SendAsync(Request(HttpMethod.Post, LocalFunctionsApp.TimerPath, Reader));

        Assert.Equal(HttpStatusCode.Forbidden, run.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, timer.StatusCode);
        Assert.Contains(AppRoles.Generate, await Detail(run));
        Assert.True(EmptyStoreUntouched);
    }

    [Fact]
    public async Task GetDocument_CallerWithoutReadRole_403()
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired);

        var response = await api.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/documents/dfe", ClientPrincipal.ToHeader("someone")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnyApiRoute_RolesRequiredButAppServiceAuthenticationOff_503EvenWithAForgedPrincipal()
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired with { AppServiceAuthentication = false });

        var run = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2", Lead));
        var status = await api.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/status", Lead));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, run.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status.StatusCode);
        Assert.Contains("WEBSITE_AUTH_ENABLED", await Detail(run));
        Assert.True(EmptyStoreUntouched);
    }

    [Fact]
    public async Task StartRun_Queued_202ThenADuplicate409ThenPublishedAndTheDocumentsServedWithTheirEtag()
    {
        await using var api = await LocalApi.StartAsync(sample.Store, RolesRequired);

        // Another run holds the quarter at first, so the queued run waits (retrying) and the duplicate finds it active.
        var held = await sample.Store.TryAcquireLeaseAsync(Pipeline.Storage.StoreLayout.ReportsContainer, "933/2016-17-Q3/.run-lock", TimeSpan.FromSeconds(15));
        var first = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q3?audience=dfe&audience=essex&force=true", Lead));
        var duplicate = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q3?force=true", Lead));
        await held!.DisposeAsync();
        var status = await StatusOnceFinishedAsync(api.Client, "/api/reports/933/2016-17-Q3/status");
        var pdf = await api.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q3/documents/dfe", Reader));
        var again = Request(HttpMethod.Get, "/api/reports/933/2016-17-Q3/documents/dfe.pdf", Reader);
        again.Headers.IfNoneMatch.Add(pdf.Headers.ETag!);
        var revalidated = await api.Client.SendAsync(again);
        var inAList = Request(HttpMethod.Get, "/api/reports/933/2016-17-Q3/documents/dfe", Reader);
        inAList.Headers.TryAddWithoutValidation("If-None-Match", $"\"an-older-one\", {pdf.Headers.ETag}");
        var revalidatedFromAList = await api.Client.SendAsync(inAList);
        var anyTag = Request(HttpMethod.Get, "/api/reports/933/2016-17-Q3/documents/dfe", Reader);
        anyTag.Headers.TryAddWithoutValidation("If-None-Match", "*");
        var revalidatedAny = await api.Client.SendAsync(anyTag);
        var csv = await api.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q3/indicators?format=csv", Reader));
        var head = await api.Client.SendAsync(Request(HttpMethod.Head, "/api/reports/933/2016-17-Q3/documents/essex", Reader));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal("/api/reports/933/2016-17-Q3/status", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("published", status.GetProperty("state").GetString());
        Assert.Equal(["dfe", "essex"], status.GetProperty("lastRun").GetProperty("audiences").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, revalidatedFromAList.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, revalidatedAny.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/pdf", head.Content.Headers.ContentType?.MediaType);
        Assert.True(head.Content.Headers.ContentLength > 1000);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Contains("2016-17-Q3/measures.csv", status.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Contains(status.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "warning");
    }

    [Fact]
    public async Task StartRun_ForceInAJsonBody_QueuesARenderOfUnchangedInputs()
    {
        await using var api = await LocalApi.StartAsync(sample.Store, RolesRequired);
        await api.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q1?audience=dfe", Lead));
        await StatusOnceFinishedAsync(api.Client, "/api/reports/933/2016-17-Q1/status");

        var plain = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q1?audience=dfe", Lead));
        var forced = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q1", Lead, new StringContent("{\"force\": true, \"audiences\": [\"dfe\"]}", Encoding.UTF8, "application/json")));
        var status = await StatusOnceFinishedAsync(api.Client, "/api/reports/933/2016-17-Q1/status");

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("unchanged", (await Json(plain)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Accepted, forced.StatusCode);
        Assert.True(status.GetProperty("lastRun").GetProperty("force").GetBoolean());
        Assert.Equal("published", status.GetProperty("lastRun").GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("{\"forse\": true}", "'forse' is not understood")]
    [InlineData("{\"force\": \"yes\"}", "'force' is not understood")]
    [InlineData("force=true", "not JSON")]
    public async Task StartRun_BodyThatIsNotAStartRequest_400InsteadOfIgnoringIt(string body, string expected)
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired);

        var response = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q2", Lead, new StringContent(body)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await Detail(response));
        Assert.True(EmptyStoreUntouched);
    }

    [Fact]
    public async Task BreakRunLock_LockOfARunThatDied_LeadBreaksItAndTheNextStartIsQueuedReaderMayNot()
    {
        var store = new FolderStore(_empty);
        await store.CreateContainerIfNotExistsAsync(Pipeline.Storage.StoreLayout.ReportsContainer);
        await store.TryAcquireLeaseAsync(Pipeline.Storage.StoreLayout.ReportsContainer, "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(15));
        await using var api = await LocalApi.StartAsync(store, RolesRequired);

        var byReader = await api.Client.SendAsync(Request(HttpMethod.Delete, "/api/runs/933/2016-17-Q2/lock", Reader));
        var runningBefore = (await Json(await api.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/status", Reader)))).GetProperty("running").GetBoolean();
        var byLead = await api.Client.SendAsync(Request(HttpMethod.Delete, "/api/runs/933/2016-17-Q2/lock", Lead));
        var runningAfter = (await Json(await api.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/status", Reader)))).GetProperty("running").GetBoolean();

        Assert.Equal(HttpStatusCode.Forbidden, byReader.StatusCode);
        Assert.True(runningBefore);
        Assert.Equal(HttpStatusCode.OK, byLead.StatusCode);
        Assert.True((await Json(byLead)).GetProperty("broken").GetBoolean());
        Assert.False(runningAfter);
    }

    [Fact]
    public async Task Timer_ByHand_QueuesTheQuarterJustEndedForEveryCouncilWithUploads()
    {
        await using var api = await LocalApi.StartAsync(sample.Store, RolesRequired);

        var response = await api.Client.SendAsync(Request(HttpMethod.Post, LocalFunctionsApp.TimerPath, Lead));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await Json(response);
        Assert.Equal("933", Assert.Single(body.GetProperty("councils").EnumerateArray()).GetProperty("council").GetString());
    }

    [Fact]
    public async Task GetManifest_NothingPublished_404SayingHowToRunIt()
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired);

        var response = await api.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/manifest", Reader));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("POST /api/runs/933/2016-17-Q2", await Detail(response));
    }

    [Fact]
    public async Task Validate_RequestPastItsTimeBudget_503SayingSoAndTheServiceGoesOnAnswering()
    {
        // The sample's episodes repeated to about 20 MB: about 2.5 s of reading and checking.
        var episodes = await File.ReadAllLinesAsync(Directory.EnumerateFiles(sample.Root, "episodes.csv", SearchOption.AllDirectories).First());
        var body = new StringBuilder(episodes[0]).Append('\n');
        while (body.Length < 20 * 1024 * 1024)
        {
            body.AppendJoin('\n', episodes.Skip(1)).Append('\n');
        }

        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired with { MaxUploadBytes = 40L * 1024 * 1024, RequestTimeBudget = TimeSpan.FromMilliseconds(500) });
        // Waiting for the body is not counted (tens of ms for 20 MB over loopback anyway); a first small
        // request readies the server's code, and the budget (0.5 s) is far shorter than checking 20 MB
        // (about 2.5 s).
        await api.Client.SendAsync(Request(HttpMethod.Post, "/api/validate/933/2016-17-Q2/ssda903/episodes.csv", Reader, new StringContent(episodes[0] + "\n" + episodes[1] + "\n")));

        var late = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/validate/933/2016-17-Q2/ssda903/episodes.csv", Reader, new StringContent(body.ToString())));
        var answered = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/validate/933/2016-17-Q2/measures.csv", Reader, new StringContent("x")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, late.StatusCode);
        var problem = await Json(late);
        Assert.Equal("The request took too long", problem.GetProperty("title").GetString());
        Assert.Contains("after 0.5 s, the longest it spends on one request", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.True(EmptyStoreUntouched);
    }

    [Fact]
    public async Task Validate_FileArrivingOverLongerThanTheTimeBudget_200WithItsFindingsAsWaitingForItIsNotCounted()
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired with { RequestTimeBudget = TimeSpan.FromSeconds(2) });
        const string measures = "indicator,value\nreferrals,12\n";
        // A first request readies the server's code (whatever it answers), so the budget times only the
        // work; then the file arrives chunked: half of it, a pause more than twice the budget (under the 5 s a stalled body is allowed before Kestrel answers 408), the rest.
        await api.Client.SendAsync(Request(HttpMethod.Post, "/api/validate/933/2016-17-Q2/measures.csv", Reader, new StringContent(measures)));
        var slow = await SlowContent.OfAsync(new StringContent(measures), TimeSpan.FromSeconds(4.5), lengthKnown: false);

        var response = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/validate/933/2016-17-Q2/measures.csv", Reader, slow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("measures.csv", (await Json(response)).GetProperty("file").GetString());
    }

    [Fact]
    public async Task Validate_FileLargerThanTheLimit_413WithoutReadingItAll()
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired);
        var request = Request(HttpMethod.Post, "/api/validate/933/2016-17-Q2/measures.csv", Reader, new StreamContent(new MemoryStream(new byte[5000])));
        request.Headers.TransferEncodingChunked = true;

        var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("measures.csv is larger than", await Detail(response));
    }

    [Fact]
    public async Task Validate_FileAboveKestrelsDefault30MbWithinTheConfiguredLimit_200WithItsFindings()
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired with { MaxUploadBytes = 40L * 1024 * 1024 });
        var content = new byte[31 * 1024 * 1024];
        Array.Fill(content, (byte)',');

        var response = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/validate/933/2016-17-Q2/measures.csv", Reader, new ByteArrayContent(content)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("measures.csv", (await Json(response)).GetProperty("file").GetString());
    }

    [Fact]
    public async Task Validate_MalformedChunkedBody_400ProblemSayingTheBodyCouldNotBeRead()
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(api.Client.BaseAddress!.Host, api.Client.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        // Addressed to serve's own host and port, as a client that connected to it would.
        var request = $"POST /api/validate/933/2016-17-Q2/measures.csv HTTP/1.1\r\nHost: {api.Client.BaseAddress.Authority}\r\n"
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
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired);

        var response = await api.Client.SendAsync(Request(HttpMethod.Post, path, Reader, new ByteArrayContent([])));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await Detail(response));
    }

    [Fact]
    public async Task Validate_MalformedFile_200WithFindingsSayingItIsNotUsable()
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired);

        var response = await api.Client.SendAsync(Request(HttpMethod.Post, "/api/validate/933/2016-17-Q2/measures.csv", Reader, new ByteArrayContent([0xFF, 0xFE, 0x00, 0x01])));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        Assert.False(body.GetProperty("usable").GetBoolean());
        Assert.True(body.GetProperty("errors").GetInt32() >= 1);
    }

    [Fact]
    public async Task GetDocument_StoreUnreachable_503NamingTheBlobAndOperation()
    {
        var options = new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05);
        options.Retry.MaxRetries = 0;
        var unreachable = new BlobObjectStore(new BlobServiceClient(new Uri("http://127.0.0.1:9/devstoreaccount1"), new StorageSharedKeyCredential(StorageConnection.DevelopmentAccountName, StorageConnection.DevelopmentAccountKey), options));
        await using var api = await LocalApi.StartAsync(unreachable, RolesRequired);

        var response = await api.Client.SendAsync(Request(HttpMethod.Get, "/api/reports/933/2016-17-Q2/documents/dfe", Reader));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Could not read 'reports/933/2016-17-Q2/manifest.json'", await Detail(response));
    }

    [Fact]
    public async Task UnknownPath_404NamingIt()
    {
        await using var api = await LocalApi.StartAsync(new FolderStore(_empty), RolesRequired);

        var response = await api.Client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("/api/nothing-here", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Build_NonLoopbackUrl_Refused()
    {
        Assert.Throws<ArgumentException>(() => LocalFunctionsApp.Build(new FolderStore(_empty), new FunctionOptions(), ["http://0.0.0.0:7071"]));
    }
}
