using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Batches;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Publishing;
using Reporting.Pipeline.Queueing;
using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Runs;

/// <summary>
/// What the HTTP functions read of a quarter, through the pipeline: published files through the
/// manifest in force (readers trust only what it lists), the quarter's status (uploads,
/// publication, findings, the latest run's state), validation through <see cref="FileCheck"/>, and
/// the councils with uploads. Thread-safe, as its parts are.
/// </summary>
public sealed class QuarterReports(ReportRun run, IObjectStore store, RunStateStore states, IReadOnlyList<IRecordSource> sources)
{
    public string StoreDescription => store.Description;

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
        var (lastRun, _) = await states.ReadAsync(council, period, cancellationToken).ConfigureAwait(false);
        var (manifest, _) = await run.ReadManifestAsync(council, period, cancellationToken).ConfigureAwait(false);
        if (manifest is null)
        {
            return new QuarterStatus(inputs, null, [], running, lastRun);
        }

        var published = new PublishedRun(manifest.RunId, manifest.FinishedAt, manifest.Outputs.Select(o => o.File).ToList(), manifest.Errors, manifest.Warnings);
        var findings = manifest.Output(StoreLayout.DataQualityFile) is { } quality
            && await store.GetAsync(StoreLayout.ReportsContainer, quality.Path, cancellationToken).ConfigureAwait(false) is { } qualityFile
            ? IndicatorsExport.ReadFindings(qualityFile.Content)
            : [];
        return new QuarterStatus(inputs, published, findings, running, lastRun);
    }

    public Task<UploadCheck> ValidateAsync(CouncilCode council, FinancialQuarter period, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var findings = FileCheck.Check(fileName, content, period, sources);
        return Task.FromResult(new UploadCheck(!findings.Any(f => f.Severity == Severity.Error), findings));
    }

    /// <summary>The councils with uploads: every council folder in the metrics container.</summary>
    public Task<IReadOnlyList<CouncilCode>> ListCouncilsAsync(CancellationToken cancellationToken) =>
        CouncilSelection.CouncilsInStoreAsync(store, cancellationToken);
}

/// <summary>A published file's bytes, media type and digest (used as the HTTP ETag).</summary>
public sealed record PublishedFile(byte[] Content, string ContentType, string Sha256);

/// <summary>
/// A quarter at a glance: uploads, the publication in force, its findings, whether any instance holds
/// the quarter's run lease, and the latest requested run's state.
/// </summary>
public sealed record QuarterStatus(IReadOnlyList<UploadedInput> Inputs, PublishedRun? Published, IReadOnlyList<Finding> Findings, bool RunInProgress, RunState? LastRun);

/// <summary>An uploaded file: name within the council's folder and size in bytes.</summary>
public sealed record UploadedInput(string Name, long Length);

/// <summary>The publication in force: run id, when it finished, its files, and the input findings counted.</summary>
public sealed record PublishedRun(string RunId, DateTimeOffset FinishedAt, IReadOnlyList<string> Files, int Errors, int Warnings);

/// <summary>A validated upload: usable when it has no errors; the findings say what to fix.</summary>
public sealed record UploadCheck(bool Usable, IReadOnlyList<Finding> Findings);
