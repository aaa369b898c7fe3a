using System.Diagnostics;
using System.Globalization;
using Reporting.Pipeline;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.Rendering;
using Reporting.Rendering;
using Reporting.Rendering.Benchmarks;
using Reporting.SampleData;
using Reporting.Storage.Folder;

// Renders the sample council's review documents (the Essex pack above all) repeatedly and prints
// warm milliseconds per document and pages per second. With --out DIR it also writes each
// audience's PDF there, for looking at the pages (pdftoppm -png -r 80 DIR/essex.pdf /tmp/essex).
// With --fixtures DIR it writes the rendering tests' fixture documents there instead, and stops.
var iterations = 50;
string? outDir = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--iterations" when i + 1 < args.Length:
            iterations = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--out" when i + 1 < args.Length:
            outDir = args[++i];
            break;
        case "--fixtures" when i + 1 < args.Length:
            FixturePreviews.Write(args[++i]);
            return 0;
        default:
            Console.Error.WriteLine("usage: Reporting.Rendering.Benchmarks [--iterations N] [--out DIR] | --fixtures DIR");
            return 2;
    }
}

var models = await SampleModels.ComposeAsync();
var renderer = new PdfReportRenderer();
if (outDir is not null)
{
    Directory.CreateDirectory(outDir);
    foreach (var model in models)
    {
        var path = Path.Combine(outDir, $"{model.Audience.Id}.pdf");
        File.WriteAllBytes(path, renderer.Render(model));
        Console.WriteLine($"wrote {path}");
    }
}

Console.WriteLine($"{"audience",-10} {"pages",6} {"cold ms",8} {"warm ms",8} {"min ms",7} {"pages/s",8} {"KB",6} {"layout ms",9} {"cpu ms",7}");
foreach (var model in models)
{
    var cold = Stopwatch.StartNew();
    var bytes = renderer.Render(model);
    cold.Stop();
    var pages = PageCount(bytes);
    // Warm: a method reaches its optimised JIT tier after 30 calls, and much of a render runs once per document.
    for (var i = 0; i < 40; i++)
    {
        renderer.Render(model);
    }

    var times = new List<double>(iterations);
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var total = Stopwatch.StartNew();
    for (var i = 0; i < iterations; i++)
    {
        var one = Stopwatch.StartNew();
        renderer.Render(model);
        times.Add(one.Elapsed.TotalMilliseconds);
    }

    total.Stop();
    var cpuPerDocument = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / iterations;
    var (median, min) = Summary(times);
    var theme = new Reporting.Rendering.Layout.Theme();
    var layoutTimes = new List<double>();
    for (var i = 0; i < iterations; i++)
    {
        var one = Stopwatch.StartNew();
        PdfReportRenderer.Lay(model, theme, new Reporting.Rendering.Layout.FontTextMeasure(theme));
        layoutTimes.Add(one.Elapsed.TotalMilliseconds);
    }

    var pagesPerSecond = pages * iterations / total.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{model.Audience.Id,-10} {pages,6} {cold.Elapsed.TotalMilliseconds,8:0.0} {median,8:0.0} {min,7:0.0} {pagesPerSecond,8:0} {bytes.Length / 1024,6} {Summary(layoutTimes).Median,9:0.0} {cpuPerDocument,7:0.0}"));
}

// Issue 12: the Essex pack against the same content drawn with PDFsharp's XGraphics alone. The
// direct version gets the pages already laid out (layout is not timed) and draws the same marks
// on them with no structure tree, no bookmarks and none of the renderer's byte-reproducibility
// passes; PDFsharp's own defaults write the file. The ratio is what layout and tagging cost.
var essex = models.Single(m => m.Audience.Id == "essex");
var essexTheme = new Reporting.Rendering.Layout.Theme(essex.Audience.BodyTextSize ?? Reporting.Rendering.Layout.Theme.DefaultBodySize);
var essexLayout = PdfReportRenderer.Lay(essex, essexTheme, new Reporting.Rendering.Layout.FontTextMeasure(essexTheme));
var tagged = renderer.Render(essex);
var untagged = DrawDirect(essex, essexLayout, essexTheme);
// Taken in turn, so both see the same load; the minimum is the steadier figure on a busy machine.
var ((renderMs, renderMin), (directMs, directMin)) = InTurn(() => renderer.Render(essex), () => DrawDirect(essex, essexLayout, essexTheme), iterations);
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"essex: renderer {renderMs:0.0} ms (min {renderMin:0.0}), XGraphics direct {directMs:0.0} ms (min {directMin:0.0}), ratio {renderMs / directMs:0.00} (of minimums {renderMin / directMin:0.00}; issue 12 target: at most 1.30)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"essex: objects tagged {Count(tagged, @"(?m)^\d+ 0 obj\b")} ({Count(tagged, "/Type/StructElem")} structure elements, {Count(tagged, "/Dest\\[")} bookmarks), untagged {Count(untagged, @"(?m)^\d+ 0 obj\b")}; KB tagged {tagged.Length / 1024}, untagged {untagged.Length / 1024}"));
Phases(essex, essexTheme, iterations);
return 0;

// Where the Essex pack's time goes, step by step, for the renderer and for the direct drawing: the
// median milliseconds and the MB allocated of each step, the two taken in turn over the same runs.
static void Phases(ReportModel model, Reporting.Rendering.Layout.Theme theme, int iterations)
{
    var measure = new Reporting.Rendering.Layout.FontTextMeasure(theme);
    string[] steps = ["lay out", "draw pages", "compress content", "save"];
    var times = steps.Select(_ => (Tagged: new List<double>(), Direct: new List<double>())).ToArray();
    var bytes = new (long Tagged, long Direct)[steps.Length];
    for (var i = -5; i < iterations; i++)
    {
        var layout = Step(0, tagged: true, () => PdfReportRenderer.Lay(model, theme, measure));
        var document = Step(1, tagged: true, () => Reporting.Rendering.Document.PdfWriter.Draw(model, layout, theme, measure));
        Step(2, tagged: true, () => { Reporting.Rendering.Document.PdfWriter.CompressContentStreams(document); return 0; });
        Step(3, tagged: true, () => Reporting.Rendering.Document.PdfWriter.Save(document, model));
        var plain = Step(1, tagged: false, () => DrawDirectPages(model, layout, theme));
        Step(3, tagged: false, () => SaveDirect(plain));

        T Step<T>(int step, bool tagged, Func<T> run)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var result = run();
            if (i >= 0)
            {
                (tagged ? times[step].Tagged : times[step].Direct).Add(clock.Elapsed.TotalMilliseconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
                bytes[step] = tagged ? (bytes[step].Tagged + allocated, bytes[step].Direct) : (bytes[step].Tagged, bytes[step].Direct + allocated);
            }

            return result;
        }
    }

    static string Cell(List<double> times, long bytes, int runs)
    {
        if (times.Count == 0)
        {
            return "-";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Summary(times).Median,5:0.0} ms {bytes / runs / 1024.0 / 1024.0,5:0.0} MB");
    }

    Console.WriteLine();
    Console.WriteLine("essex, step by step (median ms and MB allocated per render; the direct drawing is given the layout, and PDFsharp compresses its content as it saves):");
    Console.WriteLine($"{"step",-18} {"renderer",16} {"XGraphics direct",18}");
    for (var step = 0; step < steps.Length; step++)
    {
        Console.WriteLine($"{steps[step],-18} {Cell(times[step].Tagged, bytes[step].Tagged, iterations),16} {Cell(times[step].Direct, bytes[step].Direct, iterations),18}");
    }
}

static int PageCount(byte[] pdf) =>
    System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;

static int Count(byte[] pdf, string pattern) =>
    System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), pattern).Count;

// Median and minimum milliseconds of one call of each, after five warm-up calls, the two taken in turn.
static ((double Median, double Min) First, (double Median, double Min) Second) InTurn(Func<byte[]> first, Func<byte[]> second, int iterations)
{
    var times = new[] { new List<double>(iterations), new List<double>(iterations) };
    for (var i = -5; i < iterations; i++)
    {
        for (var which = 0; which < 2; which++)
        {
            var one = Stopwatch.StartNew();
            (which == 0 ? first : second)();
            if (i >= 0)
            {
                times[which].Add(one.Elapsed.TotalMilliseconds);
            }
        }
    }

    return (Summary(times[0]), Summary(times[1]));
}

// The median and the minimum of some timings (sorted in place).
static (double Median, double Min) Summary(List<double> times)
{
    times.Sort();
    return (times[times.Count / 2], times[0]);
}

// The laid-out pages drawn untagged with XGraphics into a plain PDFsharp document, saved with PDFsharp's defaults.
static byte[] DrawDirect(ReportModel model, Reporting.Rendering.Layout.LaidOutDocument layout, Reporting.Rendering.Layout.Theme theme) =>
    SaveDirect(DrawDirectPages(model, layout, theme));

static PdfSharp.Pdf.PdfDocument DrawDirectPages(ReportModel model, Reporting.Rendering.Layout.LaidOutDocument layout, Reporting.Rendering.Layout.Theme theme)
{
    var document = new PdfSharp.Pdf.PdfDocument();
    var measure = new Reporting.Rendering.Layout.FontTextMeasure(theme);
    foreach (var page in layout.Pages)
    {
        Reporting.Rendering.Document.PdfWriter.DrawPage(document, structure: null, model, layout, page, theme, measure);
    }

    return document;
}

static byte[] SaveDirect(PdfSharp.Pdf.PdfDocument document)
{
    using var output = new MemoryStream();
    document.Save(output, closeStream: false);
    return output.ToArray();
}

/// <summary>The sample data set run through the real pipeline; the renderer captures each composed model.</summary>
internal static class SampleModels
{
    public static async Task<IReadOnlyList<ReportModel>> ComposeAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "reporting-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            var store = new FolderStore(root);
            await SampleDataSet.WriteAsync(store);
            var capture = new CapturingRenderer();
            var run = new ReportRun(store, capture, Reporting.Pipeline.Aggregation.RecordSources.All);
            var result = await run.RunAsync(new RunRequest(SampleDataSet.Council, SampleArc.Latest, [], Force: true));
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("The sample run failed: " + result.Message);
            }

            return capture.Models;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private sealed class CapturingRenderer : IReportRenderer
    {
        public List<ReportModel> Models { get; } = [];

        public string ContentType => "application/pdf";

        public byte[] Render(ReportModel report)
        {
            Models.Add(report);
            return [];
        }
    }
}
