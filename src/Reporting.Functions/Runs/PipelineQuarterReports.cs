using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Runs;

/// <summary>
/// <see cref="IQuarterReports"/> over the pipeline and the store. Placeholder until the pipeline's
/// run lands: listing works, the rest says it is not wired yet.
/// </summary>
public sealed class PipelineQuarterReports(IObjectStore store) : IQuarterReports
{
    public string StoreDescription => store.Description;

    public Task<RunSummary> RunAsync(CouncilCode council, FinancialQuarter period, IReadOnlyList<string> audiences, bool force, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The pipeline run is not wired into the handler yet.");

    public Task<PublishedFile?> GetPublishedAsync(CouncilCode council, FinancialQuarter period, string file, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The pipeline run is not wired into the handler yet.");

    public Task<QuarterStatus> GetStatusAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The pipeline run is not wired into the handler yet.");

    public Task<UploadCheck> ValidateAsync(CouncilCode council, FinancialQuarter period, string fileName, byte[] content, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The pipeline run is not wired into the handler yet.");

    public async Task<IReadOnlyList<CouncilCode>> ListCouncilsAsync(CancellationToken cancellationToken)
    {
        var councils = new SortedSet<CouncilCode>();
        foreach (var item in await store.ListAsync(StoreLayout.MetricsContainer, string.Empty, cancellationToken).ConfigureAwait(false))
        {
            var slash = item.Name.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && CouncilCode.Parse(item.Name[..slash]) is { Success: true } parsed)
            {
                councils.Add(parsed.Value);
            }
        }

        return [.. councils];
    }
}
