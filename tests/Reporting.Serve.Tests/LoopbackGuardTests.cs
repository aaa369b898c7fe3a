using System.Net;
using System.Text.Json;
using Reporting.Functions.Hosting;
using Reporting.Storage.Folder;

namespace Reporting.Serve.Tests;

/// <summary>
/// What keeps other web pages off serve (the hardening issue's item 3, its reproductions): a
/// cross-site form POST to the API or the timer, and a DNS-rebound Host, are refused before any
/// function runs; curl, which sends no Origin, and serve's own pages are not.
/// </summary>
public sealed class LoopbackGuardTests(SampleFolder sample) : IClassFixture<SampleFolder>
{
    private static readonly FunctionOptions NoRoles = new();

    /// <summary>An empty form, as a page on another site posts it (a browser adds the Origin and Sec-Fetch-Site).</summary>
    private static HttpRequestMessage CrossSiteForm(string path, string? origin = "http://evil.example", string? fetchSite = "cross-site")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent([]) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        return request;
    }

    private bool RunStarted(string period) => Directory.Exists(Path.Combine(sample.Root, "reports", "933", period));

    [Theory]
    [InlineData("/api/runs/933/2017-18-Q2?force=true")]
    [InlineData("/admin/functions/QuarterlyRun")]
    [InlineData("/api/validate/933/2017-18-Q2/measures.csv")]
    public async Task StateChangingRequest_CrossSiteForm_403AndNothingRuns(string path)
    {
        await using var api = await LocalApi.StartAsync(sample.Store, NoRoles);

        var withOrigin = await api.Client.SendAsync(CrossSiteForm(path));
        var withOnlyFetchSite = await api.Client.SendAsync(CrossSiteForm(path, origin: null));
        var withNullOrigin = await api.Client.SendAsync(CrossSiteForm(path, origin: "null", fetchSite: null));

        Assert.Equal(HttpStatusCode.Forbidden, withOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withOnlyFetchSite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withNullOrigin.StatusCode);
        Assert.Equal("application/problem+json", withOrigin.Content.Headers.ContentType?.MediaType);
        Assert.Contains("another web page", JsonDocument.Parse(await withOrigin.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(RunStarted("2017-18-Q2"));
    }

    [Fact]
    public async Task StartRun_FromCurlWithoutOriginOrFromServesOwnOrigin_202()
    {
        await using var api = await LocalApi.StartAsync(sample.Store, NoRoles);

        var curl = await api.Client.PostAsync("/api/runs/933/2017-18-Q1", content: null);
        var own = await api.Client.SendAsync(CrossSiteForm("/api/runs/933/2016-17-Q4", origin: $"http://{api.Client.BaseAddress!.Authority}", fetchSite: "same-origin"));

        Assert.Equal(HttpStatusCode.Accepted, curl.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, own.StatusCode);
    }

    [Theory]
    [InlineData("/api/service/933/2017-18-Q2/runs", "POST")]
    [InlineData("/api/runs/933/2017-18-Q2?force=true", "POST")]
    [InlineData("/api/reports/933/2016-17-Q2/status", "GET")]
    [InlineData("/api/service", "GET")]
    public async Task AnyRequest_HostNotALoopbackName_421EvenWithAMatchingOrigin(string path, string method)
    {
        await using var api = await LocalApi.StartAsync(sample.Store, NoRoles);
        var port = api.Client.BaseAddress!.Port;
        // DNS rebinding: evil.example now resolves to 127.0.0.1, so its page's requests come with its own Host and Origin.
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Host = $"evil.example:{port}";
        request.Headers.Add("Origin", $"http://evil.example:{port}");

        var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.False(RunStarted("2017-18-Q2"));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("LOCALHOST")]
    public async Task Request_LoopbackNameWithServesPort_Answered(string name)
    {
        await using var api = await LocalApi.StartAsync(sample.Store, NoRoles);
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = $"{name}:{api.Client.BaseAddress!.Port}";
        var otherPort = new HttpRequestMessage(HttpMethod.Get, "/");
        otherPort.Headers.Host = $"{name}:{api.Client.BaseAddress.Port + 1}";

        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, (await api.Client.SendAsync(otherPort)).StatusCode);
    }
}
