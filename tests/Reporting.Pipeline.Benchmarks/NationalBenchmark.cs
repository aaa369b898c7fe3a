using System.Diagnostics;
using System.Globalization;
using Reporting.Domain.Councils;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Batches;
using Reporting.Rendering;
using Reporting.SampleData;
using Reporting.Storage.Folder;

namespace Reporting.Pipeline.Benchmarks;

/// <summary>
/// A national quarter in one process: the sample council copied to 153 councils (codes 800 to 952)
/// in a temporary folder store, then the latest sample quarter run for all of them through
/// <see cref="CouncilBatch"/>, every audience, re-rendered each time (force). Reports the wall time,
/// the time per council and how many cores were busy on average (CPU time / wall time).
/// Target (issue 12): ≤ 8 s on a 2-core machine, both cores busy.
/// </summary>
public static class NationalBenchmark
{
    public static async Task<int> RunAsync(int councils, int iterations, int? parallel)
    {
        var root = Directory.CreateTempSubdirectory("reporting-national-").FullName;
        try
        {
            var store = new FolderStore(root);
            var codes = Enumerable.Range(800, councils).Select(CouncilCode.From).ToList();
            var setup = Stopwatch.StartNew();
            foreach (var council in codes)
            {
                await SampleDataSet.WriteAsync(store, council);
            }

            var batch = new CouncilBatch(new ReportRun(store, new PdfReportRenderer(), RecordSources.All), parallel);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"National run: {councils} copies of the sample council written in {setup.Elapsed.TotalSeconds:F1} s; {SampleArc.Latest.ShortLabel}, every audience, {batch.MaxParallel} council(s) at a time, {Environment.ProcessorCount} logical cores, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} garbage collector, {iterations} timed runs after a warm-up run."));
            if (!System.Runtime.GCSettings.IsServerGC)
            {
                Console.WriteLine("  The CLI runs batches with the server garbage collector; run this with DOTNET_gcServer=1 to measure what it does.");
            }


            // JIT and fonts warm: a method reaches its optimised tier after 30 calls, and most run once per document.
            await batch.RunAsync(codes.Take(Math.Min(councils, 40)).ToList(), SampleArc.Latest, [], force: true);
            var process = Process.GetCurrentProcess();
            var walls = new List<double>();
            var cores = new List<double>();
            var perCouncil = new List<double>();
            for (var i = 0; i < iterations; i++)
            {
                GC.Collect();
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var result = await batch.RunAsync(codes, SampleArc.Latest, [], force: true);
                process.Refresh();
                var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                walls.Add(result.Elapsed.TotalSeconds);
                cores.Add(cpu / result.Elapsed.TotalSeconds);
                perCouncil.AddRange(result.Councils.Select(c => c.Elapsed.TotalMilliseconds));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {i + 1}: {result.Elapsed.TotalSeconds:F1} s, {result.Count(CouncilOutcome.Published)} published, {result.Count(CouncilOutcome.Failed)} failed, CPU {cpu:F1} s = {cpu / result.Elapsed.TotalSeconds:F2} cores busy, peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB"));
                if (result.AnyFailed)
                {
                    Console.WriteLine("  failed: " + result.Councils.First(c => c.Outcome == CouncilOutcome.Failed).Message);
                    return 1;
                }
            }

            walls.Sort();
            cores.Sort();
            perCouncil.Sort();
            var wall = walls[walls.Count / 2];
            var busy = cores[cores.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wall time: median {wall:F1} s (best {walls[0]:F1} s) for {councils} councils = {wall * 1000 / councils:F0} ms per council of wall time"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Time per council (each run from start to publish, overlapping): median {perCouncil[perCouncil.Count / 2]:F0} ms, 90th percentile {perCouncil[perCouncil.Count * 9 / 10]:F0} ms, worst {perCouncil[^1]:F0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Cores busy: median {busy:F2} of {Environment.ProcessorCount}"));
            var met = wall <= 8.0 * councils / 153 && busy >= 0.8 * Math.Min(Environment.ProcessorCount, batch.MaxParallel);
            Console.WriteLine($"  {(met ? "met    " : "MISSED ")} {councils} councils <= {8.0 * councils / 153:F1} s with the cores busy (target for 153 on 2 cores: <= 8 s, both busy)");
            return met ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
