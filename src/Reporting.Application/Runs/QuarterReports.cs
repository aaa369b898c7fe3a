using System.Collections.Concurrent;
using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Batches;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Publishing;
using Reporting.Pipeline.Quarters;
using Reporting.Pipeline.Queueing;
using Reporting.Pipeline.Storage;

namespace Reporting.Application.Runs;

/// <summary>
/// What the HTTP functions read of a quarter, through the pipeline: published files through the
/// manifest in force (readers trust only what it lists), the quarter's status (uploads,
/// publication, findings, the latest run's state), validation through <see cref="FileCheck"/>, and
/// the councils with uploads. Thread-safe, as its parts are.
/// </summary>
public sealed class QuarterReports(ReportRun run, IObjectStore store, RunStateStore states, IReadOnlyList<IRecordSource> sources, UploadCheckSlots slots)
{
    /// <summary>How many uploads' checks are remembered before the memory starts again.</summary>
    private const int RememberedChecks = 512;

    /// <summary>
    /// Uploads' checks by blob and ETag (a store gives every write a new ETag): the quarter's page,
    /// which reloads itself every few seconds while a run goes on, neither downloads nor reads again
    /// a file that has not changed.
    /// </summary>
    private readonly ConcurrentDictionary<(string Name, string ETag), UploadCheckResult> _checks = new();

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
        return await ReadOutputAsync(manifest, file, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A file as published: by the manifest in force when <paramref name="run"/> is null, else as that
    /// run published it (see <see cref="GetPublishedByRunAsync"/>).
    /// </summary>
    public Task<PublishedFile?> GetPublishedAsync(CouncilCode council, FinancialQuarter period, string file, string? run, CancellationToken cancellationToken) =>
        run is null ? GetPublishedAsync(council, period, file, cancellationToken) : GetPublishedByRunAsync(council, period, run, file, cancellationToken);

    /// <summary>
    /// A file as run <paramref name="runId"/> published it, by the run's own copy of its manifest: a
    /// superseded review stays readable until the storage account's lifecycle rule deletes its run's
    /// folder. Null when the id is not a run's, the run is not known or the file is gone.
    /// </summary>
    private async Task<PublishedFile?> GetPublishedByRunAsync(CouncilCode council, FinancialQuarter period, string runId, string file, CancellationToken cancellationToken)
    {
        if (!StoreLayout.IsRunId(runId) || await store.GetAsync(StoreLayout.ReportsContainer, StoreLayout.RunManifest(council, period, runId), cancellationToken).ConfigureAwait(false) is not { } copy)
        {
            return null;
        }

        return await ReadOutputAsync(Manifest.FromJson(copy.Content), file, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PublishedFile?> ReadOutputAsync(Manifest? manifest, string file, CancellationToken cancellationToken)
    {
        if (manifest?.Output(file) is not { } output)
        {
            return null;
        }

        var content = await store.GetAsync(StoreLayout.ReportsContainer, output.Path, cancellationToken).ConfigureAwait(false);
        return content is null ? null : new PublishedFile(content.Content, output.ContentType, output.Sha256);
    }

    /// <summary>A quarter's status; <paramref name="withFindings"/> false leaves out the published data-quality findings (the quarters list shows only their counts, which the manifest has).</summary>
    public async Task<QuarterStatus> GetStatusAsync(CouncilCode council, FinancialQuarter period, bool withFindings, CancellationToken cancellationToken)
    {
        var listed = await store.ListAsync(StoreLayout.MetricsContainer, StoreLayout.QuarterInputs(council, period), cancellationToken).ConfigureAwait(false);
        var (manifest, _) = await run.ReadManifestAsync(council, period, cancellationToken).ConfigureAwait(false);
        var findings = withFindings && manifest?.Output(StoreLayout.DataQualityFile) is { } quality
            && await store.GetAsync(StoreLayout.ReportsContainer, quality.Path, cancellationToken).ConfigureAwait(false) is { } qualityFile
            ? IndicatorsExport.ReadFindings(qualityFile.Content)
            : [];
        return await StatusAsync(council, period, listed, manifest, findings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Everything a quarter's page shows, each read once: the uploads (listed with who uploaded them
    /// and when, each checked as validate checks it: downloaded only when not checked before as it
    /// is now), the manifest in force, the status built from both, the published indicators, the
    /// quarter's runs and the audiences the council's reviews are for.
    /// </summary>
    public async Task<QuarterSnapshot> ReadQuarterAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken)
    {
        var quarterFolder = StoreLayout.QuarterInputs(council, period);
        var listed = await store.ListAsync(StoreLayout.MetricsContainer, quarterFolder, cancellationToken).ConfigureAwait(false);
        // One round trip per file on Blob Storage: fetched side by side while the rest is read.
        var downloads = Task.WhenAll(listed.Select(info => CheckAsync(info, info.Name[quarterFolder.Length..], period, cancellationToken)));
        var (manifest, _) = await run.ReadManifestAsync(council, period, cancellationToken).ConfigureAwait(false);
        // What the manifest leads to is read side by side too.
        var status = StatusAsync(council, period, listed, manifest, [], cancellationToken);
        var indicators = ReadIndicatorRowsAsync(manifest, cancellationToken);
        var runs = ReadRunsAsync(council, period, manifest, cancellationToken);
        var audiences = ReadAudiencesAsync(council, cancellationToken);
        await Task.WhenAll(downloads, status, indicators, runs, audiences).ConfigureAwait(false);
        var uploads = listed.Zip(downloads.Result)
            .Where(pair => pair.Second is not null)
            .Select(pair => new QuarterUpload(
                pair.First.Name[quarterFolder.Length..],
                pair.First.Length,
                pair.Second!,
                pair.First.LastModified,
                pair.First.Metadata?.GetValueOrDefault(StoreLayout.UploadedByMetadata)))
            .ToList();
        return new QuarterSnapshot(status.Result, manifest, uploads, indicators.Result, runs.Result, audiences.Result);
    }

    private async Task<IReadOnlyList<PublishedIndicator>> ReadIndicatorRowsAsync(Manifest? manifest, CancellationToken cancellationToken) =>
        manifest?.Output(StoreLayout.IndicatorsJsonFile) is { } output
        && await store.GetAsync(StoreLayout.ReportsContainer, output.Path, cancellationToken).ConfigureAwait(false) is { } indicatorsFile
            ? IndicatorsExport.ReadRows(indicatorsFile.Content)
            : [];

    /// <summary>An upload's check, remembered by its ETag; null when it went while being read.</summary>
    private async Task<UploadCheckResult?> CheckAsync(StoredObjectInfo listed, string fileName, FinancialQuarter period, CancellationToken cancellationToken)
    {
        var key = (listed.Name, listed.ETag);
        if (_checks.TryGetValue(key, out var remembered))
        {
            return remembered;
        }

        if (await store.GetAsync(StoreLayout.MetricsContainer, listed.Name, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return null;
        }

        var check = await CheckUploadAsync(fileName, stored.Content, period, cancellationToken).ConfigureAwait(false);
        if (stored.ETag == listed.ETag)
        {
            if (_checks.Count >= RememberedChecks)
            {
                _checks.Clear();
            }

            _checks[key] = check;
        }

        return check;
    }

    /// <summary>
    /// The quarter's runs, newest first, from each run's folder under the publication: its own copy of
    /// its manifest when it wrote one (else what its folder holds), and how much of it is still in force.
    /// </summary>
    private async Task<IReadOnlyList<QuarterRun>> ReadRunsAsync(CouncilCode council, FinancialQuarter period, Manifest? inForce, CancellationToken cancellationToken)
    {
        var publication = StoreLayout.Publication(council, period);
        var folders = (await store.ListAsync(StoreLayout.ReportsContainer, publication, cancellationToken).ConfigureAwait(false))
            .Select(item => (Item: item, Path: item.Name[publication.Length..]))
            .Where(entry => entry.Path.Contains('/', StringComparison.Ordinal))
            .GroupBy(entry => entry.Path[..entry.Path.IndexOf('/', StringComparison.Ordinal)], StringComparer.Ordinal);
        // The runs' manifest copies are independent, so they are read side by side.
        var runs = await Task.WhenAll(folders.Select(async folder =>
        {
            var runId = folder.Key;
            var files = folder.Select(entry => entry.Path[(runId.Length + 1)..]).ToList();
            // The run in force wrote its copy from the manifest already read.
            var own = inForce?.RunId == runId ? inForce
                : files.Contains(StoreLayout.ManifestFile)
                && await store.GetAsync(StoreLayout.ReportsContainer, StoreLayout.RunManifest(council, period, runId), cancellationToken).ConfigureAwait(false) is { } copy
                ? Manifest.FromJson(copy.Content)
                : null;
            var made = own is null
                ? files.Select(StoreLayout.ReviewDocumentAudience).OfType<string>().ToList()
                : own.ReviewDocuments().Where(o => o.FromRun is null).Select(o => o.Audience!).ToList();
            var inForceFrom = inForce?.ReviewDocuments().Where(o => o.Path.StartsWith($"{publication}{runId}/", StringComparison.Ordinal)).Select(o => o.Audience!).ToList() ?? [];
            // What can still be opened: the reviews its copy lists as its own whose files are still in its folder.
            var readable = own is null || !StoreLayout.IsRunId(runId)
                ? []
                : own.ReviewDocuments()
                    .Where(o => o.FromRun is null && files.Contains(StoreLayout.ReviewDocument(o.Audience!)))
                    .Select(o => new RunReview(o.Audience!, o.Length, own.Output(StoreLayout.HtmlReview(o.Audience!)) is not null && files.Contains(StoreLayout.HtmlReview(o.Audience!))))
                    .ToList();
            return new QuarterRun(runId, own?.FinishedAt ?? folder.Max(entry => entry.Item.LastModified), made, inForce?.RunId == runId, inForceFrom, readable);
        })).ConfigureAwait(false);

        return [.. runs.OrderByDescending(r => r.FinishedAt)];
    }

    /// <summary>The audiences the council's reviews can be for: the built-ins and its own <c>config/audiences/*.json</c>.</summary>
    private async Task<AudienceCatalogue> ReadAudiencesAsync(CouncilCode council, CancellationToken cancellationToken)
    {
        var listed = await store.ListAsync(StoreLayout.MetricsContainer, StoreLayout.CouncilConfig(council) + "audiences/", cancellationToken).ConfigureAwait(false);
        var files = await Task.WhenAll(listed.Select(info => store.GetAsync(StoreLayout.MetricsContainer, info.Name, cancellationToken))).ConfigureAwait(false);
        return AudienceCatalogue.WithConfigured(files.OfType<StoredObject>().Select(f => (f.Name, f.Content)), new FindingList());
    }

    private async Task<QuarterStatus> StatusAsync(CouncilCode council, FinancialQuarter period, IReadOnlyList<StoredObjectInfo> listed, Manifest? manifest, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        var councilFolder = StoreLayout.CouncilFolder(council);
        var inputs = listed.Select(i => new UploadedInput(i.Name[councilFolder.Length..], i.Length)).ToList();
        var running = await run.IsRunningAsync(council, period, cancellationToken).ConfigureAwait(false);
        var (lastRun, _) = await states.ReadAsync(council, period, cancellationToken).ConfigureAwait(false);
        var published = manifest is null ? null : new PublishedRun(manifest.RunId, manifest.FinishedAt, manifest.Outputs.Select(o => o.File).ToList(), manifest.Errors, manifest.Warnings);
        var changes = manifest is null ? [] : await run.ChangesSincePublishedAsync(council, period, manifest, cancellationToken).ConfigureAwait(false);
        return new QuarterStatus(inputs, published, findings, running, lastRun) { ChangesSincePublished = changes };
    }

    public async Task<UploadCheck> ValidateAsync(CouncilCode council, FinancialQuarter period, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var findings = (await CheckUploadAsync(fileName, content, period, cancellationToken).ConfigureAwait(false)).Findings;
        return new UploadCheck(!findings.Any(f => f.Severity == Severity.Error), findings);
    }

    /// <summary>
    /// One file checked as an upload for the quarter, with what it was read as: validate's, the upload
    /// page's and the quarter page's one checker. The check takes one of the <see cref="UploadCheckSlots"/>
    /// (or fails with <see cref="UploadChecksBusyException"/> when none comes free in time) and watches
    /// the token between records: when the request is answered (its time budget, or the client
    /// leaving) the check stops too, and its slot is free again.
    /// </summary>
    public async Task<UploadCheckResult> CheckUploadAsync(string fileName, byte[] content, FinancialQuarter period, CancellationToken cancellationToken)
    {
        var slot = await slots.TakeAsync(cancellationToken).ConfigureAwait(false);
        var check = Task.Run(
            () =>
            {
                using (slot)
                {
                    return FileCheck.CheckUpload(fileName, content, period, sources, cancellationToken);
                }
            },
            CancellationToken.None);
        // The answer does not wait for the check to notice the token: it stops at its next record.
        _ = check.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return await check.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The quarters a council has uploads for, newest first.</summary>
    public async Task<IReadOnlyList<FinancialQuarter>> ListQuartersAsync(CouncilCode council, CancellationToken cancellationToken)
    {
        var councilFolder = StoreLayout.CouncilFolder(council);
        var quarters = new SortedSet<FinancialQuarter>();
        foreach (var item in await store.ListAsync(StoreLayout.MetricsContainer, councilFolder, cancellationToken).ConfigureAwait(false))
        {
            var rest = item.Name[councilFolder.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && FinancialQuarter.Parse(rest[..slash]).TryGetValue(out var quarter))
            {
                quarters.Add(quarter);
            }
        }

        return [.. quarters.Reverse()];
    }

    /// <summary>
    /// Stores an upload under the name the data contract gives it (<see cref="UploadNames"/>): in
    /// the quarter's folder, or the council's <c>config/</c>. Never under a name from a request.
    /// </summary>
    public async Task StoreUploadAsync(CouncilCode council, FinancialQuarter period, RecognisedUpload upload, byte[] content, string? uploadedBy, CancellationToken cancellationToken)
    {
        var name = (upload.IsConfig ? StoreLayout.CouncilConfig(council) : StoreLayout.QuarterInputs(council, period)) + upload.Name;
        var metadata = uploadedBy is null ? IObjectStore.NoMetadata : new Dictionary<string, string> { [StoreLayout.UploadedByMetadata] = uploadedBy };
        await store.CreateContainerIfNotExistsAsync(StoreLayout.MetricsContainer, cancellationToken).ConfigureAwait(false);
        await store.PutAsync(StoreLayout.MetricsContainer, name, content, WriteCondition.None, ContentType(upload.Name), metadata, cancellationToken).ConfigureAwait(false);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".csv" => "text/csv",
        ".xml" => "application/xml",
        ".md" => "text/markdown",
        _ => "text/plain",
    };

    /// <summary>The councils with uploads: every council folder in the metrics container.</summary>
    public Task<IReadOnlyList<CouncilCode>> ListCouncilsAsync(CancellationToken cancellationToken) =>
        CouncilSelection.CouncilsInStoreAsync(store, cancellationToken);
}

/// <summary>A published file's bytes, media type and digest (used as the HTTP ETag).</summary>
public sealed record PublishedFile(byte[] Content, string ContentType, string Sha256);

/// <summary>A validated upload: usable when it has no errors; the findings say what to fix.</summary>
public sealed record UploadCheck(bool Usable, IReadOnlyList<Finding> Findings);
