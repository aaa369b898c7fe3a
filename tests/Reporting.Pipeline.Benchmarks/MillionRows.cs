using System.Diagnostics;
using System.Globalization;
using Reporting.Domain.Findings;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.MetricFiles.LookedAfter;
using Reporting.Pipeline.MetricFiles.RecordFields;
using Reporting.Pipeline.MetricFiles.Workforce;

namespace Reporting.Pipeline.Benchmarks;

/// <summary>
/// Issue 13, item 5: the memory a record CSV of a million rows takes to read, as a multiple of the
/// file's size. Generates ssda903/episodes.csv and workforce.csv of <c>rows</c> rows each and reads
/// each once (after a warm-up on a small file) two ways: the reader alone (every row handed out by
/// <see cref="RecordCsv"/>, with its checks for long values, copies and limits) and the whole
/// source (the reader plus the records and indicators the source keeps). For each: the peak working
/// set the read adds beyond the generated input, and the bytes it allocates.
/// Targets: the reader at most <see cref="ReaderTarget"/>× the file's size, the source at most
/// <see cref="SourceTarget"/>× (before streaming a source took 15–18× here, 17–22× in the issue).
/// </summary>
public static class MillionRows
{
    public const double ReaderTarget = 3.0;

    public const double SourceTarget = 8.0;

    public static int Run(int rows)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Million-row files: {rows:N0} rows each, each read once after a warm-up, on one core."));
        Console.WriteLine($"{"file",-22} {"read by",-18} {"file MB",8} {"peak MB",8} {"peak x",7} {"alloc MB",9} {"alloc x",8} {"ms",7}");
        var ok = true;
        foreach (var (name, required, source) in new (string, IReadOnlyList<string>, IRecordSource)[]
        {
            (Ssda903Files.Episodes, Ssda903Files.RequiredColumns[Ssda903Files.Episodes], new LookedAfterSource()),
            (WorkforceFile.Name, WorkforceFile.RequiredColumns, new WorkforceSource()),
        })
        {
            var files = LargeQuarter.OneFile(name, rows);
            var warmUp = LargeQuarter.OneFile(name, 2_000);
            ok &= Measure(name, "reader", files, warmUp, ReaderTarget, f => ReadEveryRow(f.Upload(name)!, required));
            ok &= Measure(name, source.GetType().Name, files, warmUp, SourceTarget, f => GC.KeepAlive(source.Read(f)));
        }

        return ok ? 0 : 1;
    }

    private static void ReadEveryRow(InputFile file, IReadOnlyList<string> required)
    {
        var findings = new FindingList();
        var table = RecordCsv.Read(file, required, [], findings) ?? throw new InvalidOperationException(file.Name + " could not be read.");
        foreach (var row in table.Rows(findings))
        {
            GC.KeepAlive(row.Text(required[0]));
        }
    }

    private static bool Measure(string name, string readBy, QuarterFiles files, QuarterFiles warmUp, double target, Action<QuarterFiles> read)
    {
        // A method runs optimised after 30 calls: warmed up as the sources benchmark is, so the measured read
        // neither times unoptimised code nor adds the JIT's own memory to the peak.
        for (var i = 0; i < 40; i++)
        {
            read(warmUp);
        }

        var size = files.All.Sum(f => (long)f.Content.Length);
        var clock = new Stopwatch();
        var allocated = 0L;
        // The read alone is timed and counted: not the collection and the /proc reads PeakBeyond makes around it.
        var peak = SourceBenchmark.PeakBeyond(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            clock.Start();
            read(files);
            clock.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {readBy,-18} {size / 1048576.0,8:F1} {peak / 1048576.0,8:F1} {(double)peak / size,7:F2} {allocated / 1048576.0,9:F1} {(double)allocated / size,8:F2} {clock.Elapsed.TotalMilliseconds,7:F0}"));
        return SourceBenchmark.Target($"{name} read by {readBy}: peak working set beyond the input {(double)peak / size:F2}x its size", peak <= target * size, $"<= {target}x");
    }
}
