using System.Net;
using System.Text.Json;
using Reporting.Functions.Hosting;

namespace Reporting.Serve.Tests;

/// <summary>
/// The headers every answer carries and what a problem quotes back (the hardening issue's item 7):
/// no answer may be sniffed as another type, none of the API's or the documents' is stored by a
/// cache, and no problem detail carries the markup a caller sent.
/// </summary>
public sealed class ResponseHeadersTests(SampleFolder sample) : IClassFixture<SampleFolder>
{
    private static readonly FunctionOptions NoRoles = new();

    private static void AssertNotSniffedNorStored(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage?.RequestUri} answered Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task ApiAnswersAndThePagesPdfDownload_NosniffAndNoStore()
    {
        await using var api = await LocalApi.StartAsync(sample.Store, NoRoles);
        Assert.Equal(HttpStatusCode.Accepted, (await api.Client.PostAsync("/api/runs/933/2017-18-Q2", content: null)).StatusCode);
        await PublishedAsync(api.Client, "/api/reports/933/2017-18-Q2/status");

        var status = await api.Client.GetAsync("/api/reports/933/2017-18-Q2/status");
        var document = await api.Client.GetAsync("/api/reports/933/2017-18-Q2/documents/dfe");
        var download = await api.Client.GetAsync("/api/service/933/2017-18-Q2/documents/dfe");
        var problem = await api.Client.GetAsync("/api/reports/933/2017-18-Q2/documents/nobody");
        var missing = await api.Client.GetAsync("/api/nothing-here");
        var page = await api.Client.GetAsync("/api/service");

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        foreach (var response in new[] { status, document, download, problem, missing, page })
        {
            AssertNotSniffedNorStored(response);
        }
    }

    [Theory]
    [InlineData("POST", "/api/runs/933/2016-17-Q2?audience=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("POST", "/api/runs/933/2016-17-Q2?force=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("GET", "/api/reports/933/2016-17-Q2/documents/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("GET", "/api/reports/%3Cscript%3E/2016-17-Q2/status")]
    [InlineData("POST", "/api/validate/933/2016-17-Q2/%3Cscript%3Ealert(1)%3C%2Fscript%3E.csv")]
    [InlineData("GET", "/api/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task Problem_RequestHoldingAScript_DetailDoesNotEchoIt(string method, string path)
    {
        await using var api = await LocalApi.StartAsync(sample.Store, NoRoles);

        var response = await api.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("x") : null });
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();

        Assert.True((int)response.StatusCode is 400 or 404, $"{path}: {response.StatusCode}");
        Assert.DoesNotContain("<script", detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</script", detail, StringComparison.OrdinalIgnoreCase);
        AssertNotSniffedNorStored(response);
    }

    private static async Task PublishedAsync(HttpClient client, string statusPath)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (true)
        {
            var status = JsonDocument.Parse(await client.GetStringAsync(statusPath, timeout.Token)).RootElement;
            if (status.GetProperty("lastRun").GetProperty("state").GetString() is not ("queued" or "running" or "retrying"))
            {
                Assert.Equal("published", status.GetProperty("state").GetString());
                return;
            }

            await Task.Delay(100, timeout.Token);
        }
    }
}
