using System.Globalization;
using Reporting.Domain.Comparison;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// <c>config/benchmarks.csv</c>: <c>indicator,year,england,statistical_neighbours[,source]</c>, the
/// published comparator averages. A quarter is compared with the latest year that is not after
/// the calendar year in which the quarter ends.
/// </summary>
public static class BenchmarksFile
{
    public const string FileName = "benchmarks.csv";

    private static readonly CsvColumn[] Columns =
    [
        new("indicator", Required: true),
        new("year", Required: true),
        new("england"),
        new("statistical_neighbours"),
        new("source"),
    ];

    public static BenchmarkBook Read(InputFile file, FindingList findings)
    {
        var table = CsvTable.Read(file, Columns, findings);
        var benchmarks = new List<Benchmark>();
        foreach (var row in table.Rows)
        {
            var errorsBefore = findings.ErrorCount;
            var definition = ConfigRows.Indicator(row, findings);
            var year = row.Decimal("year", findings, required: true);
            var england = row.Decimal("england", findings);
            var neighbours = row.Decimal("statistical_neighbours", findings);
            if (year is { } y && (y != decimal.Truncate(y) || y is < 2000 or > 2100))
            {
                findings.Add(Finding.Error(row.FileName, "The year must be a four-digit year such as 2016.", row.Number, "year", y.ToString(CultureInfo.InvariantCulture)));
            }

            if (england is null && neighbours is null)
            {
                findings.Add(Finding.Warning(row.FileName, "Neither an England nor a statistical-neighbour figure is given; the row adds nothing.", row.Number, "england"));
            }

            if (definition is null || year is null || findings.ErrorCount > errorsBefore)
            {
                continue;
            }

            benchmarks.Add(new Benchmark(definition.Id, (int)year.Value, england, neighbours, row.Text("source")));
        }

        return new BenchmarkBook(benchmarks);
    }
}

/// <summary>Comparator averages by indicator and year.</summary>
public sealed class BenchmarkBook(IReadOnlyList<Benchmark> benchmarks)
{
    public static BenchmarkBook Empty { get; } = new([]);

    /// <summary>The latest benchmark whose year is not after the year in which <paramref name="period"/> ends.</summary>
    public Benchmark? For(string indicatorId, FinancialQuarter period) =>
        benchmarks
            .Where(b => b.IndicatorId == indicatorId && b.Year <= period.End.Year)
            .MaxBy(b => b.Year);
}
