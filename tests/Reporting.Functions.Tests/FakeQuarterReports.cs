using System.Collections.Concurrent;
using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Functions.Runs;

namespace Reporting.Functions.Tests;

/// <summary>Stands in for the pipeline in route tests: records what it was asked and answers as told.</summary>
internal sealed class FakeQuarterReports : IQuarterReports
{
    public ConcurrentQueue<(CouncilCode Council, FinancialQuarter Period, IReadOnlyList<string> Audiences, bool Force)> Runs { get; } = new();

    public int StorageCalls;

    /// <summary>What a run does; by default publishes at once.</summary>
    public Func<CouncilCode, FinancialQuarter, Task<RunSummary>> Run { get; set; } =
        (c, p) => Task.FromResult(new RunSummary(RunStatus.Published, $"Published 2 document(s) for council {c} {p.Label}.", "abc123", ["dfe", "essex"], 1, 2));

    public Dictionary<string, PublishedFile> Published { get; } = [];

    public IReadOnlyList<CouncilCode> Councils { get; set; } = [];

    public string StoreDescription => "fake";

    /// <summary>When set, every read fails with it, as an unreachable store would.</summary>
    public Exception? ReadFailure { get; set; }

    public Task<RunSummary> RunAsync(CouncilCode council, FinancialQuarter period, IReadOnlyList<string> audiences, bool force, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref StorageCalls);
        Runs.Enqueue((council, period, audiences, force));
        return Run(council, period);
    }

    public Task<PublishedFile?> GetPublishedAsync(CouncilCode council, FinancialQuarter period, string file, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref StorageCalls);
        return ReadFailure is null ? Task.FromResult(Published.GetValueOrDefault($"{council}/{period}/{file}")) : Task.FromException<PublishedFile?>(ReadFailure);
    }

    public Task<QuarterStatus> GetStatusAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref StorageCalls);
        return Task.FromResult(new QuarterStatus([new UploadedInput($"{period}/measures.csv", 120)], null, [Finding.Warning("measures.csv", "unknown column 'x' ignored")]));
    }

    public Task<UploadCheck> ValidateAsync(CouncilCode council, FinancialQuarter period, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref StorageCalls);
        var findings = content.AsSpan().IndexOf((byte)',') < 0 ? [Finding.Error(fileName, "the file is not CSV: no header row with commas", 1)] : new List<Finding>();
        return Task.FromResult(new UploadCheck(findings.Count == 0, findings));
    }

    public Task<IReadOnlyList<CouncilCode>> ListCouncilsAsync(CancellationToken cancellationToken) =>
        ReadFailure is null ? Task.FromResult(Councils) : Task.FromException<IReadOnlyList<CouncilCode>>(ReadFailure);
}
