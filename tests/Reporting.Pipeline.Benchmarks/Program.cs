using System.Diagnostics;
using System.Globalization;
using Reporting.Pipeline.Benchmarks;

// Benchmarks for the pipeline (issue 12); see README.md, "Performance".
//   dotnet run -c Release --project tests/Reporting.Pipeline.Benchmarks -- sources [--scales 1,2,4,8] [--iterations 7] [--only missing]
//     (--only times the sources whose name holds the word, e.g. missing, workforce, lookedafter, "all sources")
//   dotnet run -c Release --project tests/Reporting.Pipeline.Benchmarks -- national [--councils 153] [--iterations 3] [--parallel N]
//     (--parallel 1 runs the councils one after another, as the serve timer did before CouncilBatch)
//   dotnet run -c Release --project tests/Reporting.Pipeline.Benchmarks -- million [--rows 1000000]
//     (issue 13: peak memory and allocation reading a million-row episodes and workforce CSV, as multiples of the file's size)
// Exit code 0 when every target is met, 1 otherwise.
var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "sources";
int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
int[] Scales() =>
    Array.IndexOf(args, "--scales") is var i and >= 0 && i + 1 < args.Length
        ? [.. args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]
        : [1, 2, 4, 8];

switch (mode)
{
    case "sources":
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1; // one core, as the targets are stated
        }

        var only = Array.IndexOf(args, "--only");
        if (only >= 0 && only + 1 >= args.Length)
        {
            Console.Error.WriteLine("--only needs a word naming sources, e.g. --only missing.");
            return 2;
        }

        return SourceBenchmark.Run(Scales(), Option("--iterations", 7), only >= 0 ? args[only + 1] : null);
    case "national":
        return await NationalBenchmark.RunAsync(Option("--councils", 153), Option("--iterations", 3), Array.IndexOf(args, "--parallel") >= 0 ? Option("--parallel", 1) : null);
    case "million":
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }

        return MillionRows.Run(Option("--rows", 1_000_000));
    default:
        Console.Error.WriteLine($"Unknown benchmark '{mode}': use sources, national or million.");
        return 2;
}
