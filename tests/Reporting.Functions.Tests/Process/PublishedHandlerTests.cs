using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Authorisation;
using Reporting.Pipeline.Storage;
using Reporting.Storage.Blob;
using Xunit.Abstractions;

namespace Reporting.Functions.Tests.Process;

/// <summary>
/// The published package's handler process, driven over real HTTP as the Functions host and its
/// proxy would drive it, against Azurite holding files uploaded by the JavaScript Storage SDK.
/// </summary>
[Collection(FunctionAppCollection.Name)]
public sealed class PublishedHandlerTests(FunctionAppFixture app, ITestOutputHelper output)
{
    private const string LatestSampleQuarter = "2017-18-Q2";

    private static readonly string Lead = ClientPrincipal.ToHeader("lead@council.example", AppRoles.Generate, AppRoles.Read);

    private static readonly string Reader = ClientPrincipal.ToHeader("adviser@dfe.example", AppRoles.Read);

    private static HttpRequestMessage Request(HttpMethod method, string path, string? principal, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (principal is not null)
        {
            request.Headers.Add(ClientPrincipal.HeaderName, principal);
        }

        return request;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public void Readiness_ProcessStartedLikeTheHostDoes_AnswersWellWithinTheHostsMinute()
    {
        output.WriteLine($"cold start (process start -> GET / answered): {app.Handler.ColdStart.TotalMilliseconds:0} ms");

        Assert.True(app.Handler.ColdStart < TimeSpan.FromSeconds(20), $"took {app.Handler.ColdStart}");
    }

    [Fact]
    public async Task QuarterlyRun_ChunkedTimerPayload_PublishesTheQuarterAndTheRoutesServeIt()
    {
        var payload = """{"Data":{"timer":{"Schedule":{"AdjustForDST":false},"ScheduleStatus":null,"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"QuarterlyRun","UtcNow":"2017-10-05T06:00:00.0123456Z","RandGuid":"0f8fad5b-d9cb-469f-a165-70867728950e"}}}""";
        var request = new HttpRequestMessage(HttpMethod.Post, "/QuarterlyRun") { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(payload))) };
        request.Headers.TransferEncodingChunked = true;
        request.Content.Headers.ContentType = new("application/json");

        var clock = Stopwatch.StartNew();
        var response = await app.Handler.Client.SendAsync(request);
        output.WriteLine($"timer invocation: {clock.ElapsedMilliseconds} ms");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await Json(response);
        var council = Assert.Single(reply.GetProperty("ReturnValue").GetProperty("Councils").EnumerateArray());
        Assert.Contains(council.GetProperty("Status").GetString(), new[] { "published", "unchanged" });
        Assert.NotEmpty(reply.GetProperty("Logs").EnumerateArray());

        var manifest = await Json(await app.Handler.Client.SendAsync(Request(HttpMethod.Get, $"/api/reports/933/{LatestSampleQuarter}/manifest", Reader)));
        Assert.Contains("dfe-review.pdf", manifest.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("file").GetString()));
        var document = await app.Handler.Client.SendAsync(Request(HttpMethod.Get, $"/api/reports/933/{LatestSampleQuarter}/documents/dfe", Reader));
        Assert.Equal("application/pdf", document.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await document.Content.ReadAsByteArrayAsync(), 0, 5));
        var indicators = await app.Handler.Client.SendAsync(Request(HttpMethod.Get, $"/api/reports/933/{LatestSampleQuarter}/indicators?format=csv", Reader));
        Assert.Equal("text/csv", indicators.Content.Headers.ContentType?.MediaType);
        var status = await Json(await app.Handler.Client.SendAsync(Request(HttpMethod.Get, $"/api/reports/933/{LatestSampleQuarter}/status", Reader)));
        Assert.Contains($"{LatestSampleQuarter}/measures.csv", status.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(manifest.GetProperty("runId").GetString(), status.GetProperty("published").GetProperty("runId").GetString());
    }

    [Fact]
    public async Task StartRun_SameQuarterOnTwoInstancesAtOnce_ExactlyOneRendersTheOtherGets409()
    {
        await using var second = await app.StartHandlerAsync();
        const string path = "/api/runs/933/2017-18-Q1?force=true";

        var responses = await Task.WhenAll(
            app.Handler.Client.SendAsync(Request(HttpMethod.Post, path, Lead)),
            second.Client.SendAsync(Request(HttpMethod.Post, path, Lead)),
            app.Handler.Client.SendAsync(Request(HttpMethod.Post, path, Lead)));

        var codes = responses.Select(r => r.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Conflict], codes);
        Assert.Equal("published", (await Json(responses.Single(r => r.StatusCode == HttpStatusCode.OK))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Status_RunHeldByAnotherInstance_ShowsRunningAndStartGets409UntilItEnds()
    {
        const string quarter = "2015-16-Q2";
        var otherInstance = new BlobObjectStore(app.Azurite.Connection);
        var lease = await otherInstance.TryAcquireLeaseAsync(StoreLayout.ReportsContainer, StoreLayout.RunLock(CouncilCode.From(933), FinancialQuarter.From(quarter)), TimeSpan.FromSeconds(30));

        var during = await Json(await app.Handler.Client.SendAsync(Request(HttpMethod.Get, $"/api/reports/933/{quarter}/status", Reader)));
        var start = await app.Handler.Client.SendAsync(Request(HttpMethod.Post, $"/api/runs/933/{quarter}", Lead));
        await lease!.DisposeAsync();
        var after = await Json(await app.Handler.Client.SendAsync(Request(HttpMethod.Get, $"/api/reports/933/{quarter}/status", Reader)));

        Assert.True(during.GetProperty("running").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, start.StatusCode);
        Assert.False(after.GetProperty("running").GetBoolean());
    }

    [Fact]
    public async Task StartRun_ColdThenWarmThenUnchanged_ReportsEachAndMeasuresThem()
    {
        var clock = Stopwatch.StartNew();
        var forced = await app.Handler.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q4?force=true", Lead));
        var forcedMs = clock.ElapsedMilliseconds;
        clock.Restart();
        var again = await app.Handler.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2016-17-Q4", Lead));
        output.WriteLine($"on-demand run (forced): {forcedMs} ms; rerun with unchanged inputs: {clock.ElapsedMilliseconds} ms");

        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal("published", (await Json(forced)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await Json(again);
        Assert.Equal("unchanged", body.GetProperty("status").GetString());
        Assert.Contains("force", body.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(null, "/api/runs/933/2017-18-Q2", HttpStatusCode.Unauthorized)]
    [InlineData("reader", "/api/runs/933/2017-18-Q2", HttpStatusCode.Forbidden)]
    [InlineData("lead", "/api/runs/9333/2017-18-Q2", HttpStatusCode.BadRequest)]
    [InlineData("lead", "/api/runs/933/2017-19-Q2", HttpStatusCode.BadRequest)]
    [InlineData("lead", "/api/runs/933/2017-18-Q2?audience=..%2Fsecret", HttpStatusCode.BadRequest)]
    public async Task StartRun_BadCallerOrInput_AnsweredClearlyAndNothingRuns(string? caller, string path, HttpStatusCode expected)
    {
        var principal = caller switch { "lead" => Lead, "reader" => Reader, _ => null };

        var response = await app.Handler.Client.SendAsync(Request(HttpMethod.Post, path, principal));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace((await Json(response)).GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task StartRun_QuarterWithNoUploads_404SayingWhereFilesAreExpected()
    {
        var response = await app.Handler.Client.SendAsync(Request(HttpMethod.Post, "/api/runs/933/2019-20-Q1", Lead));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("metrics/933/2019-20-Q1/", (await Json(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Validate_OversizedChunkedUpload_413()
    {
        var content = new StreamContent(new MemoryStream(new byte[1536 * 1024]));
        var request = Request(HttpMethod.Post, "/api/validate/933/2017-18-Q2/measures.csv", Reader, content);
        request.Headers.TransferEncodingChunked = true;

        var response = await app.Handler.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Validate_MalformedMeasuresFile_ListsFindingsAndSaysItIsNotUsable()
    {
        var csv = "indicator,period,value\ncaseload_per_worker,2017-18-Q2,fourteen\n\"unterminated,2017-18-Q2,1\n";

        var response = await app.Handler.Client.SendAsync(Request(HttpMethod.Post, "/api/validate/933/2017-18-Q2/measures.csv", Reader, new StringContent(csv)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        Assert.False(body.GetProperty("usable").GetBoolean());
        Assert.Contains(body.GetProperty("findings").EnumerateArray(), f => f.GetProperty("text").GetString()!.Contains("measures.csv"));
    }

    [Fact]
    public async Task Validate_BinaryGarbage_AnsweredWithFindingsNotACrash()
    {
        var garbage = Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256)).ToArray();

        var response = await app.Handler.Client.SendAsync(Request(HttpMethod.Post, "/api/validate/933/2017-18-Q2/workforce.csv", Reader, new ByteArrayContent(garbage)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await Json(response)).GetProperty("usable").GetBoolean());
    }
}
