using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Publishing;
using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Runs;

/// <summary>
/// <see cref="IQuarterReports"/> over the pipeline: runs go to <see cref="ReportRun"/>, reads go
/// through the manifest in force (readers trust only what it lists), validation to
/// <see cref="FileCheck"/>. Thread-safe, as its parts are.
/// </summary>
public sealed class PipelineQuarterReports(ReportRun run, IObjectStore store, IReadOnlyList<IRecordSource> sources) : IQuarterReports
{
    /// <summary>The production composition: every record source, the PDF renderer.</summary>
    public static PipelineQuarterReports Create(IObjectStore store) =>
        new(PipelineComposition.CreateRun(store), store, PipelineComposition.Sources);

    public string StoreDescription => store.Description;

    public async Task<RunSummary> RunAsync(CouncilCode council, FinancialQuarter period, IReadOnlyList<string> audiences, bool force, CancellationToken cancellationToken)
    {
        var result = await run.RunAsync(new RunRequest(council, period, audiences, force), progress: null, cancellationToken).ConfigureAwait(false);
        var status = result.Outcome switch
        {
            RunOutcome.Published => RunStatus.Published,
            RunOutcome.Unchanged => RunStatus.Unchanged,
            RunOutcome.AlreadyRunning => RunStatus.AlreadyRunning,
            RunOutcome.NoInputs => RunStatus.NoInputs,
            _ => RunStatus.InvalidRequest,
        };
        var manifest = result.Manifest;
        return new RunSummary(
            status,
            result.Message,
            manifest?.RunId,
            manifest?.Outputs.Where(o => o.Audience is not null).Select(o => o.Audience!).ToList(),
            manifest?.Errors ?? 0,
            manifest?.Warnings ?? 0);
    }

    public async Task<PublishedFile?> GetPublishedAsync(CouncilCode council, FinancialQuarter period, string file, CancellationToken cancellationToken)
    {
        if (file == StoreLayout.ManifestFile)
        {
            // The manifest's own bytes, as published (its digest is the ETag).
            var stored = await store.GetAsync(StoreLayout.ReportsContainer, StoreLayout.Output(council, period, StoreLayout.ManifestFile), cancellationToken).ConfigureAwait(false);
            return stored is null || Manifest.FromJson(stored.Content) is null
                ? null
                : new PublishedFile(stored.Content, "application/json", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored.Content)));
        }

        var (manifest, _) = await run.ReadManifestAsync(council, period, cancellationToken).ConfigureAwait(false);
        if (manifest?.Output(file) is not { } output)
        {
            return null;
        }

        var content = await store.GetAsync(StoreLayout.ReportsContainer, output.Path, cancellationToken).ConfigureAwait(false);
        return content is null ? null : new PublishedFile(content.Content, output.ContentType, output.Sha256);
    }

    public async Task<QuarterStatus> GetStatusAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken)
    {
        var councilFolder = $"{council}/";
        var inputs = (await store.ListAsync(StoreLayout.MetricsContainer, StoreLayout.QuarterInputs(council, period), cancellationToken).ConfigureAwait(false))
            .Select(i => new UploadedInput(i.Name[councilFolder.Length..], i.Length))
            .ToList();
        var running = await run.IsRunningAsync(council, period, cancellationToken).ConfigureAwait(false);
        var (manifest, _) = await run.ReadManifestAsync(council, period, cancellationToken).ConfigureAwait(false);
        if (manifest is null)
        {
            return new QuarterStatus(inputs, null, [], running);
        }

        var published = new PublishedRun(manifest.RunId, manifest.FinishedAt, manifest.Outputs.Select(o => o.File).ToList(), manifest.Errors, manifest.Warnings);
        var findings = manifest.Output(StoreLayout.DataQualityFile) is { } quality
            && await store.GetAsync(StoreLayout.ReportsContainer, quality.Path, cancellationToken).ConfigureAwait(false) is { } qualityFile
            ? IndicatorsExport.ReadFindings(qualityFile.Content)
            : [];
        return new QuarterStatus(inputs, published, findings, running);
    }

    public Task<UploadCheck> ValidateAsync(CouncilCode council, FinancialQuarter period, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var findings = FileCheck.Check(fileName, content, period, sources);
        return Task.FromResult(new UploadCheck(!findings.Any(f => f.Severity == Severity.Error), findings));
    }

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
