using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Reporting.SampleData;
using Reporting.Storage.Folder;

namespace Reporting.Serve.Tests;

[Trait("Lane", "Process")]
public sealed class ServeCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reporting-serve-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Serve_OverTheSampleStore_StartsARunAndServesTheDfePdf()
    {
        await SampleDataSet.WriteAsync(new FolderStore(Path.Combine(_directory, "store")));
        var port = FreePort();
        using var serve = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "reporting-serve.dll"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
            await WaitUntilReady(http);

            var run = await http.PostAsync("/api/runs/933/2017-18-Q2?audience=dfe", null);
            var state = await WaitUntilFinished(http, run.Headers.Location!.OriginalString);
            var pdf = await http.GetAsync("/api/reports/933/2017-18-Q2/documents/dfe");

            Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
            Assert.Equal("published", state);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Serve_AFunctionAppSettingItCannotRead_RefusesToStartNamingTheSetting()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "reporting-serve.dll"), "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Reporting__RequestTimeoutSeconds"] = "300";
        using var serve = Process.Start(start)!;
        var error = await serve.StandardError.ReadToEndAsync();
        await serve.WaitForExitAsync();

        Assert.Equal(1, serve.ExitCode);
        Assert.Contains("Reporting__RequestTimeoutSeconds", error);
        Assert.Contains("whole number from 1 to 220", error);
    }

    private static async Task WaitUntilReady(HttpClient http)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                if ((await http.GetAsync("/")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail("serve did not answer its readiness probe within 10 s.");
    }

    /// <summary>Follows the status URL until the queued run has ended (60 s at most); returns its state.</summary>
    private static async Task<string> WaitUntilFinished(HttpClient http, string statusUrl)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            using var status = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(statusUrl));
            var state = status.RootElement.GetProperty("lastRun").GetProperty("state").GetString()!;
            if (state is not ("queued" or "running" or "retrying"))
            {
                return state;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The queued run did not finish within 60 s.");
        return string.Empty;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
