using Reporting.Domain.Comparison;
using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// <c>config/benchmarks.csv</c>: <c>indicator,year,england,statistical_neighbours[,source][,published]</c>,
/// the published comparator averages. A quarter is compared with the latest year that had been
/// published when the quarter ended (see <see cref="Benchmark.AvailableBy"/>).
/// </summary>
public static class BenchmarksFile
{
    public const string FileName = "benchmarks.csv";

    /// <summary>The columns the header row must have (also how an upload under another name is recognised).</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["indicator", "year"];

    /// <summary>Reads every usable benchmark row; problems become findings.</summary>
    public static BenchmarkBook Read(InputFile file, FindingList findings)
    {
        var benchmarks = new List<Benchmark>();
        var table = RecordCsv.Read(file, RequiredColumns, ["england", "statistical_neighbours", "source", "published"], findings, aboutPeople: false);
        foreach (var row in table?.Rows(findings) ?? [])
        {
            var definition = IndicatorField.Read(row);
            var year = row.Number("year", required: true);
            var england = row.Number("england", required: false);
            var neighbours = row.Number("statistical_neighbours", required: false);
            var published = row.Date("published", required: false);
            if (year is { } y && (y != decimal.Truncate(y) || y is < 2000 or > 2100))
            {
                row.Error("year", row.Text("year"), false, "must be a four-digit year such as 2016");
            }

            if (england is null && neighbours is null && row.Text("england") is null && row.Text("statistical_neighbours") is null)
            {
                row.Warning("england", null, false, "and statistical_neighbours are both blank: the row adds nothing");
            }

            if (definition is null || year is null || row.Rejected)
            {
                continue;
            }

            if (published is { } day && day.Year < year)
            {
                row.Error("published", row.Text("published"), false, $"is before the year the figure describes ({year}): check the year and the publication date");
                continue;
            }

            benchmarks.Add(new Benchmark(definition.Id, (int)year.Value, england, neighbours, row.Text("source"), published));
        }

        table?.HasUsableRows(findings);
        return new BenchmarkBook(benchmarks);
    }
}
