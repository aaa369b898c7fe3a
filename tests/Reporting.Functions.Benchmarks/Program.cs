using System.Diagnostics;
using System.Globalization;
using Reporting.Functions.Functions;
using Reporting.Functions.Tests;
using static Reporting.Functions.Tests.AzuriteFunctionApp;

// Times the function app as the isolated worker runs it, against Azurite holding the sample data:
//   start   process start -> services built (as Program registers them) -> first HTTP function answered
//   cold    the first on-demand run: StartRun (force) -> queue message -> RunQuarter -> published
//   warm    the same again, N times (median, min, max)
//   unchanged  StartRun without force when nothing changed: answered at once, nothing queued
// The Functions host's own start (and its gRPC handshake with the worker) is not included: it
// cannot run here. Usage: Reporting.Functions.Benchmarks [--iterations N]
var iterations = args is ["--iterations", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 10;
var processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
var app = new AzuriteFunctionApp();
var azuriteClock = Stopwatch.StartNew();
await app.InitializeAsync();
azuriteClock.Stop();
Console.WriteLine($"Azurite started and the sample data uploaded in {azuriteClock.ElapsedMilliseconds} ms (not counted below)");

try
{
    var clock = Stopwatch.StartNew();
    await using var services = app.Services();
    var statusRequest = Request(services, "GET", "/api/reports/933/2017-18-Q2/status");
    var (status, _, _) = await AnswerAsync(statusRequest, Admit(nameof(GetStatus), statusRequest, "933", "2017-18-Q2") ?? await Function<GetStatus>(services).RunAsync(statusRequest, "933", "2017-18-Q2"));
    var firstAnswer = clock.Elapsed.TotalMilliseconds;
    Console.WriteLine($"start: services built and first request served (GetStatus {status}) in {firstAnswer:F0} ms; "
        + $"process start to that answer {(DateTime.UtcNow - processStart).TotalMilliseconds - azuriteClock.Elapsed.TotalMilliseconds:F0} ms excluding Azurite");

    async Task<double> RunOnceAsync(bool force)
    {
        await app.ClearQueueAsync();
        var run = Stopwatch.StartNew();
        var request = Request(services, "POST", $"/api/runs/933/2017-18-Q2{(force ? "?force=true" : string.Empty)}");
        var (answer, body, _) = await AnswerAsync(request, Admit(nameof(StartRun), request, "933", "2017-18-Q2") ?? await Function<StartRun>(services).RunAsync(request, "933", "2017-18-Q2"));
        foreach (var ticket in await app.ReceiveAllAsync())
        {
            await Function<RunQuarter>(services).RunAsync(ticket, CancellationToken.None);
        }

        if (answer is not (200 or 202))
        {
            throw new InvalidOperationException($"StartRun answered {answer}: {body}");
        }

        return run.Elapsed.TotalMilliseconds;
    }

    Console.WriteLine($"cold: first on-demand run, every audience, through HTTP -> queue -> RunQuarter: {await RunOnceAsync(force: true):F0} ms");
    var warm = new List<double>();
    for (var i = 0; i < iterations; i++)
    {
        warm.Add(await RunOnceAsync(force: true));
    }

    warm.Sort();
    Console.WriteLine($"warm: {iterations} forced runs: median {warm[warm.Count / 2]:F0} ms, min {warm[0]:F0} ms, max {warm[^1]:F0} ms");
    var unchanged = new List<double>();
    for (var i = 0; i < iterations; i++)
    {
        unchanged.Add(await RunOnceAsync(force: false));
    }

    unchanged.Sort();
    Console.WriteLine($"unchanged: {iterations} runs answered at once: median {unchanged[unchanged.Count / 2]:F0} ms");
    return 0;
}
finally
{
    await app.DisposeAsync();
}
