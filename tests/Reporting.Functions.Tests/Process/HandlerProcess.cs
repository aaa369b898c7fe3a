using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Reporting.Functions.Tests.Process;

/// <summary>
/// The published handler started exactly as the Functions host starts it: the executable and
/// working directory named in the package's host.json (<c>customHandler.description</c>), the
/// port in <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>, app settings as environment variables; then
/// <c>GET /</c> until it answers, as the host's readiness ping does.
/// </summary>
internal sealed class HandlerProcess : IAsyncDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly StringBuilder _output;

    private HandlerProcess(System.Diagnostics.Process process, StringBuilder output, HttpClient client, TimeSpan coldStart)
    {
        _process = process;
        _output = output;
        Client = client;
        ColdStart = coldStart;
    }

    public HttpClient Client { get; }

    /// <summary>From process start to the first answer on <c>GET /</c>.</summary>
    public TimeSpan ColdStart { get; }

    /// <summary>What the handler wrote to stdout/stderr so far (its structured logs).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<HandlerProcess> StartAsync(string packageRoot, IReadOnlyDictionary<string, string> settings)
    {
        using var hostJson = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(packageRoot, "host.json")));
        var description = hostJson.RootElement.GetProperty("customHandler").GetProperty("description");
        var executable = Path.Combine(packageRoot, description.GetProperty("defaultExecutablePath").GetString()!);
        var workingDirectory = Path.Combine(packageRoot, description.GetProperty("workingDirectory").GetString() ?? string.Empty);
        var port = FreePort();

        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(3) };
        while (true)
        {
            try
            {
                using var ready = await client.GetAsync("/");
                return new HandlerProcess(process, output, client, clock.Elapsed);
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                await Task.Delay(5);
            }
            catch (HttpRequestException)
            {
                client.Dispose();
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"The handler did not answer GET / within 60 s (the host's limit). Its output:\n{output}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
