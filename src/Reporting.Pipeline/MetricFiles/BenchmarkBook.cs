using Reporting.Domain.Comparison;
using Reporting.Domain.Periods;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>Comparator averages by indicator and year.</summary>
public sealed class BenchmarkBook(IReadOnlyList<Benchmark> benchmarks)
{
    public static BenchmarkBook Empty { get; } = new([]);

    /// <summary>The latest benchmark that had been published when <paramref name="period"/> ended; a later one is not used for it.</summary>
    public Benchmark? For(string indicatorId, FinancialQuarter period) =>
        benchmarks
            .Where(b => b.IndicatorId == indicatorId && b.AvailableBy(period.End))
            .MaxBy(b => b.Year);
}
