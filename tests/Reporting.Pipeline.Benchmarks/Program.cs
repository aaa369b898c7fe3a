using System.Diagnostics;
using System.Globalization;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Benchmarks;

// Benchmark: parse, validate and aggregate a large council quarter through every record source,
// on one core. Targets (issue 3): at most 1 s and 300 MB peak memory.
// Usage: dotnet run -c Release --project tests/Reporting.Pipeline.Benchmarks [-- iterations]
var iterations = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 5;
var process = Process.GetCurrentProcess();
if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    process.ProcessorAffinity = 1; // one core
}

var files = LargeQuarter.Build();
var inputBytes = files.All.Sum(f => (long)f.Content.Length);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Large quarter: {files.Uploads.Count} files, {inputBytes / 1024.0 / 1024.0:F1} MB of input ({Environment.ProcessorCount} logical cores visible, affinity 1 core)"));

SourceResult[] RunAll() => [.. RecordSources.All.Select(s => s.Read(files))];

var warmup = RunAll();
Console.WriteLine($"Warm-up: {warmup.Sum(r => r.Values.Count)} indicator values, {warmup.Sum(r => r.Findings.Count)} findings, {warmup.Sum(r => r.Teams.Count)} teams");
foreach (var group in warmup.SelectMany(r => r.Findings).GroupBy(f => (f.File, f.Column, f.Severity)).OrderByDescending(g => g.Count()).Take(5))
{
    Console.WriteLine($"  {group.Count(),6} x {group.First()}");
}


var times = new List<double>();
var cpuTimes = new List<double>();
var allocations = new List<long>();
for (var i = 0; i < iterations; i++)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var before = GC.GetAllocatedBytesForCurrentThread();
    var cpuBefore = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var results = RunAll();
    clock.Stop();
    process.Refresh();
    cpuTimes.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    allocations.Add(GC.GetAllocatedBytesForCurrentThread() - before);
    times.Add(clock.Elapsed.TotalMilliseconds);
    GC.KeepAlive(results);
}

foreach (var source in RecordSources.All)
{
    var clock = Stopwatch.StartNew();
    source.Read(files);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {source.GetType().Name,-24} {clock.Elapsed.TotalMilliseconds,6:F0} ms"));
}

process.Refresh();
times.Sort();
var median = times[times.Count / 2];
cpuTimes.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Time per run: median {median:F0} ms, best {times[0]:F0} ms, worst {times[^1]:F0} ms over {iterations} runs (target <= 1000 ms)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU time per run: median {cpuTimes[cpuTimes.Count / 2]:F0} ms, best {cpuTimes[0]:F0} ms (wall time suffers when the machine is busy; CPU time much less)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Allocated per run: {allocations.Average() / 1024 / 1024:F0} MB"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak working set of the process (input included): {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB (target <= 300 MB)"));
foreach (var value in RunAll().SelectMany(r => r.Values))
{
    Console.WriteLine($"  {value.IndicatorId,-32} {(value.Value is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) : "n/a: " + value.NotAvailableReason)}");
}

return median <= 1000 && process.PeakWorkingSet64 <= 300L * 1024 * 1024 ? 0 : 1;
