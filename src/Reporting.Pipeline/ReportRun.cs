using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Reporting.Domain;
using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Publishing;
using Reporting.Pipeline.Rendering;
using Reporting.Pipeline.Storage;

namespace Reporting.Pipeline;

/// <summary>
/// What to run: a council, a quarter, the audiences (empty for all), whether to re-render unchanged
/// inputs, and whether to publish even when the inputs' errors leave indicators without the value
/// the publication in force has (otherwise such a run is <see cref="RunOutcome.Withheld"/>).
/// </summary>
public sealed record RunRequest(CouncilCode Council, FinancialQuarter Period, IReadOnlyList<string> Audiences, bool Force = false, bool PublishWithErrors = false);

/// <summary>How a run ended.</summary>
public enum RunOutcome
{
    /// <summary>Documents and a new manifest were published.</summary>
    Published,

    /// <summary>The inputs are the ones already published; nothing was rendered (use force to re-render).</summary>
    Unchanged,

    /// <summary>Another run for the same council and quarter holds the lock.</summary>
    AlreadyRunning,

    /// <summary>Nothing has been uploaded for the quarter.</summary>
    NoInputs,

    /// <summary>The request names something that does not exist (an audience).</summary>
    InvalidRequest,

    /// <summary>
    /// Nothing was published: the inputs have errors that leave indicators without the value the
    /// publication in force has, which stays in force (ask to publish with errors to replace it), or
    /// text the documents print seems to hold a child's details (never published, whatever is asked).
    /// </summary>
    Withheld,
}

/// <summary>The pipeline's stages, reported as progress.</summary>
public enum RunStage
{
    Collect,
    Validate,
    Aggregate,
    Compose,
    Render,
    Publish,
}

/// <summary>Progress through a run, for terminals and logs.</summary>
public sealed record RunProgress(RunStage Stage, string Detail);

/// <summary>What a run did: outcome, a message for people, the manifest now in force and the findings.</summary>
public sealed record RunResult(RunOutcome Outcome, string Message, Manifest? Manifest, IReadOnlyList<Finding> Findings)
{
    public bool Succeeded => Outcome is RunOutcome.Published or RunOutcome.Unchanged;
}

/// <summary>
/// <c>Run(council, period, audiences)</c>: the one pipeline every door (timer, HTTP, CLI) calls.
/// Collect → Validate → Aggregate → Compose → Render → Publish, as a singleton per council and
/// quarter (a lease on a lock object), publishing outputs into a folder named after the run and
/// <c>manifest.json</c> last, so a run that fails midway leaves the previous publication intact.
/// The same inputs give the same run id and byte-identical documents.
/// </summary>
public sealed class ReportRun(IObjectStore store, IReportRenderer renderer, IReadOnlyList<IRecordSource> sources, TimeProvider? timeProvider = null, IReportRenderer? htmlRenderer = null)
{
    /// <summary>
    /// How long the run lock lasts unless renewed: short, so the lock of a run that died (a killed
    /// process, a recycled instance) frees itself soon; renewed in the background while work goes
    /// on (<see cref="LeaseKeeper"/>). 15 s is the shortest lease Blob Storage grants.
    /// </summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(15);

    /// <summary>The lease this run takes (<see cref="LeaseDuration"/>; shorter in tests of renewal on the folder store).</summary>
    public TimeSpan LeaseLength { get; init; } = LeaseDuration;

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>"Reporting 1.0.0": recorded in manifests; a new version re-renders unchanged inputs.</summary>
    public static string Generator { get; } =
        "Reporting " + (typeof(ReportRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0");

    public async Task<RunResult> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = _time.GetUtcNow();
        var (council, period) = (request.Council, request.Period);
        await store.CreateContainerIfNotExistsAsync(StoreLayout.ReportsContainer, cancellationToken);
        var lease = await store.TryAcquireLeaseAsync(StoreLayout.ReportsContainer, StoreLayout.RunLock(council, period), LeaseLength, cancellationToken);
        if (lease is null)
        {
            return new RunResult(RunOutcome.AlreadyRunning, AlreadyRunningMessage(council, period), null, []);
        }

        await using var keeper = LeaseKeeper.Start(lease, LeaseLength, _time);

        progress?.Report(new RunProgress(RunStage.Collect, $"listing metrics/{StoreLayout.QuarterInputs(council, period)}"));
        var plan = await PlanAsync(request, cancellationToken);
        if (plan.Answer is { } answer)
        {
            return answer;
        }

        var (files, configFindings, chosen, audiences, published, inputs, inputsDigest, runId, previous, _) = plan;
        progress?.Report(new RunProgress(RunStage.Validate, $"{files.Uploads.Count} uploaded files, {files.Config.Count} config files"));
        var quarter = QuarterValidation.Validate(files, sources);
        quarter.Findings.InsertRange(0, configFindings);

        progress?.Report(new RunProgress(RunStage.Aggregate, $"{IndicatorCatalogue.All.Count} indicators"));
        var indicators = IndicatorAggregator.Aggregate(quarter, published.Values);
        if (FreeText.IdentifiesAChild(quarter.Findings))
        {
            return new RunResult(RunOutcome.Withheld, $"Not published: the commentary or other text the documents print seems to contain a child's identifier, date of birth or postcode (the findings give the file and line). Change it and run again; this is never published with errors.{(previous.Manifest is { } kept ? $" The publication of run {kept.RunId} stays in force." : string.Empty)}",
                previous.Manifest, quarter.Findings);
        }

        if (!request.PublishWithErrors && quarter.Findings.ErrorCount > 0 && previous.Manifest is { } inForce
            && await LostIndicatorsAsync(inForce, indicators, cancellationToken) is { Count: > 0 } lost)
        {
            var named = string.Join(", ", lost.Take(5)) + (lost.Count > 5 ? string.Create(CultureInfo.InvariantCulture, $" and {lost.Count - 5} more") : string.Empty);
            return new RunResult(RunOutcome.Withheld, string.Create(CultureInfo.InvariantCulture,
                $"Not published: the inputs have {quarter.Findings.ErrorCount} error(s), and {lost.Count} indicator(s) would lose the value published by run {inForce.RunId} ({named}). That publication stays in force. Correct the files named in the findings and run again, or ask to publish with errors (--publish-with-errors on the command line, publishWithErrors=true over HTTP)."),
                inForce, quarter.Findings);
        }

        keeper.ThrowIfLost();

        var councilName = (files.ConfigFile(CouncilNameFile.FileName) is { } nameFile ? CouncilNameFile.Read(nameFile, quarter.Findings) : null)
            ?? $"Council {council}";
        var outputs = new List<ManifestOutput>();
        foreach (var audience in chosen)
        {
            progress?.Report(new RunProgress(RunStage.Compose, audience.Id));
            var model = ReportComposer.Compose(audience, council, councilName, quarter, indicators, Digest([inputsDigest, audience.Id])[..32]) with { RunId = runId };
            progress?.Report(new RunProgress(RunStage.Render, $"{audience.Id} ({audience.Readers})"));
            var document = renderer.Render(model);
            outputs.Add(await PutOutputAsync(council, period, runId, StoreLayout.ReviewDocument(audience.Id), document, renderer.ContentType, audience.Id, cancellationToken));
            if (htmlRenderer is not null)
            {
                // The same model as an HTML page beside the PDF, listed with its audience like the PDF (Manifest.ReviewDocuments are the PDFs).
                outputs.Add(await PutOutputAsync(council, period, runId, StoreLayout.HtmlReview(audience.Id), htmlRenderer.Render(model), htmlRenderer.ContentType, audience.Id, cancellationToken));
            }

            keeper.ThrowIfLost();
        }

        progress?.Report(new RunProgress(RunStage.Publish, $"reports/{StoreLayout.Publication(council, period)}{runId}/"));
        var all = ReportComposer.ReportAll(quarter, indicators);
        outputs.Add(await PutOutputAsync(council, period, runId, StoreLayout.IndicatorsCsvFile, IndicatorsExport.ToCsv(all), "text/csv", null, cancellationToken));
        outputs.Add(await PutOutputAsync(council, period, runId, StoreLayout.IndicatorsJsonFile, IndicatorsExport.ToJson(council, period, all), "application/json", null, cancellationToken));
        outputs.Add(await PutOutputAsync(council, period, runId, StoreLayout.DataQualityFile, IndicatorsExport.DataQualityJson(council, period, quarter.Findings), "application/json", null, cancellationToken));
        if (previous.Manifest is { } earlier)
        {
            // A run for some audiences keeps the others' documents (PDF and HTML) listed; made from other inputs, they say which run made them.
            outputs.AddRange(earlier.Outputs
                .Select(o => o.Audience is null && StoreLayout.HtmlReviewAudience(o.File) is { } audience ? o with { Audience = audience } : o) // listed without it by earlier versions
                .Where(o => o.Audience is not null && audiences!.Find(o.Audience) is not null && outputs.All(n => n.File != o.File))
                .Select(o => earlier.InputsDigest == inputsDigest ? o : o with { FromRun = o.FromRun ?? earlier.RunId }));
        }

        var manifest = new Manifest
        {
            Council = council.Value,
            Period = period.ToString(),
            RunId = runId,
            Generator = Generator,
            InputsDigest = inputsDigest,
            StartedAt = started,
            FinishedAt = _time.GetUtcNow(),
            Inputs = inputs.Select(f => new ManifestInput(f.Name, f.ETag, f.Sha256, f.Content.LongLength)).ToList(),
            Outputs = outputs.OrderBy(o => o.Audience is null).ThenBy(o => o.File, StringComparer.Ordinal).ToList(),
            Errors = quarter.Findings.ErrorCount,
            Warnings = quarter.Findings.WarningCount,
        };
        // A copy in the run's folder first: the quarter's earlier runs stay readable after a later manifest replaces this one.
        await store.PutAsync(StoreLayout.ReportsContainer, StoreLayout.RunManifest(council, period, runId), manifest.ToJson(), WriteCondition.None, "application/json", cancellationToken);
        await keeper.ConfirmAsync(cancellationToken);
        await store.PutAsync(StoreLayout.ReportsContainer, StoreLayout.Output(council, period, StoreLayout.ManifestFile), manifest.ToJson(), WriteCondition.Replacing(previous.ETag), "application/json", cancellationToken);
        await TagSupersededAsync(previous.Manifest, manifest);

        var summary = string.Create(CultureInfo.InvariantCulture, $"Published {chosen.Count} document(s) for council {council} {period.Label}: {quarter.Findings.ErrorCount} error(s), {quarter.Findings.WarningCount} warning(s) in the inputs.");
        return new RunResult(RunOutcome.Published, summary, manifest, quarter.Findings);
    }

    /// <summary>
    /// Tags the earlier publication's files that the new manifest no longer lists, so the storage
    /// account's lifecycle rule can remove them later. Best effort: the run has published, and an
    /// untagged file is only kept longer.
    /// </summary>
    private async Task TagSupersededAsync(Manifest? earlier, Manifest current)
    {
        var kept = current.Outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var output in earlier?.Outputs.Where(o => !kept.Contains(o.Path)) ?? [])
        {
            try
            {
                await store.TagAsync(StoreLayout.ReportsContainer, output.Path, StoreLayout.SupersededTag.Key, StoreLayout.SupersededTag.Value, CancellationToken.None);
            }
            catch (StoreException)
            {
                // Kept, never lost: the rule deletes only tagged blobs, so an untagged file merely stays.
            }
        }
    }

    /// <summary>
    /// What a run would do, without taking the lock or rendering: its answer when it would end at
    /// once (no inputs, an unknown audience, inputs unchanged and not forced), else null. How an
    /// on-demand request answers before queueing a run.
    /// </summary>
    public async Task<RunResult?> PreviewAsync(RunRequest request, CancellationToken cancellationToken = default) =>
        (await PlanAsync(request, cancellationToken)).Answer;

    /// <summary>The run's inputs and identity, or its answer when it ends before validation.</summary>
    private sealed record RunPlan(
        QuarterFiles Files,
        FindingList ConfigFindings,
        List<AudienceDefinition> Chosen,
        AudienceCatalogue? Catalogue,
        (Dictionary<FinancialQuarter, IReadOnlyList<IndicatorValue>> Values, List<InputFile> Files) Published,
        List<InputFile> Inputs,
        string InputsDigest,
        string RunId,
        (Manifest? Manifest, string? ETag) Previous,
        RunResult? Answer = null);

    // Unless forced, uploads that still carry the ETags the publication in force recorded are taken as
    // the files it was made from, without downloading them; when something else turns out to have
    // changed, the uploads are downloaded after all and the digest made again from their bytes.
    private async Task<RunPlan> PlanAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var (council, period) = (request.Council, request.Period);
        var previous = await ReadManifestAsync(council, period, cancellationToken);
        var asPublished = !request.Force && previous.Manifest is { } inForce
            ? await UploadsAsPublishedAsync(council, period, inForce, cancellationToken)
            : null;
        var files = await CollectAsync(council, period, cancellationToken, withUploads: asPublished is null);
        var configFindings = new FindingList();
        if (files.Uploads.Count == 0 && asPublished is null)
        {
            return Ended(new RunResult(RunOutcome.NoInputs, $"No files have been uploaded for council {council} {period.Label}: expected them under metrics/{StoreLayout.QuarterInputs(council, period)} in {store.Description}.", null, []));
        }

        var audiences = AudienceCatalogue.WithConfigured(
            files.Config.Where(f => f.Key.StartsWith("audiences/", StringComparison.OrdinalIgnoreCase)).Select(f => (f.Value.Name, f.Value.Content)),
            configFindings);
        var chosen = ChooseAudiences(request, audiences, configFindings, out var unknown);
        if (unknown is not null)
        {
            return Ended(new RunResult(RunOutcome.InvalidRequest, unknown, null, configFindings));
        }

        var baseline = files.ConfigFile(BaselineFile.FileName) is { } baselineFile ? BaselineFile.Read(baselineFile, new FindingList()) : null;
        var published = await ReadPublishedHistoryAsync(council, period, baseline, cancellationToken);
        var (inputs, inputsDigest) = InputsOf(files, asPublished);
        var plan = new RunPlan(files, configFindings, chosen, audiences, published, inputs, inputsDigest, inputsDigest[..16], previous);
        if (!request.Force && previous.Manifest is { } last && last.InputsDigest == inputsDigest
            && chosen.All(a => last.Output(StoreLayout.ReviewDocument(a.Id)) is { FromRun: null }))
        {
            return plan with { Answer = new RunResult(RunOutcome.Unchanged, $"Nothing changed since run {last.RunId} published {period.ShortLabel} for council {council}; use force to render again.", last, []) };
        }

        if (asPublished is null)
        {
            return plan;
        }

        // The config, the history and the audiences read stand; only the uploads were taken on trust.
        var withUploads = new QuarterFiles(council, period, await ReadFolderAsync(council, StoreLayout.QuarterInputs(council, period), cancellationToken), files.Config);
        var (allInputs, digest) = InputsOf(withUploads, null);
        return plan with { Files = withUploads, Inputs = allInputs, InputsDigest = digest, RunId = digest[..16] };

        RunPlan Ended(RunResult result) => new(files, configFindings, [], null, ([], []), [], string.Empty, string.Empty, (null, null), result);

        // Every input of the run in name order (the uploads, the config and the published history read),
        // and the digest of their names and SHA-256s with those of the uploads taken as published.
        (List<InputFile> Inputs, string Digest) InputsOf(QuarterFiles quarter, List<(string Name, string Sha256)>? recorded)
        {
            var all = quarter.All.Concat(published.Files).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            return (all, Digest(all.Select(f => (f.Name, f.Sha256)).Concat(recorded ?? [])
                .OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => $"{f.Name}\t{f.Sha256}").Append(Generator)));
        }
    }

    /// <summary>Indicators the publication in force has a value for that these indicators do not, in catalogue order.</summary>
    private async Task<List<string>> LostIndicatorsAsync(Manifest inForce, QuarterIndicators indicators, CancellationToken cancellationToken)
    {
        if (inForce.Output(StoreLayout.IndicatorsJsonFile) is not { } output
            || await store.GetAsync(StoreLayout.ReportsContainer, output.Path, cancellationToken) is not { } stored)
        {
            return [];
        }

        var had = IndicatorsExport.ReadValues(stored.Content).Select(v => v.IndicatorId).ToHashSet(StringComparer.Ordinal);
        return IndicatorCatalogue.All.Where(d => had.Contains(d.Id) && !indicators.Current[d.Id].IsAvailable).Select(d => d.Id).ToList();
    }

    /// <summary>The manifest in force for a quarter and its ETag (both null when nothing is published yet).</summary>
    public async Task<(Manifest? Manifest, string? ETag)> ReadManifestAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken = default)
    {
        var stored = await store.GetAsync(StoreLayout.ReportsContainer, StoreLayout.Output(council, period, StoreLayout.ManifestFile), cancellationToken);
        return stored is null ? (null, null) : (Manifest.FromJson(stored.Content), stored.ETag);
    }

    /// <summary>
    /// Breaks the quarter's run lock whoever holds it: for an operator sure that no run is going on
    /// (a run still going on loses its lock and publishes nothing). True when a lock was held.
    /// </summary>
    public Task<bool> BreakLockAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken = default) =>
        store.BreakLeaseAsync(StoreLayout.ReportsContainer, StoreLayout.RunLock(council, period), cancellationToken);

    /// <summary>What a second run is told: who holds the quarter, when the lock frees itself, how to break it.</summary>
    public string AlreadyRunningMessage(CouncilCode council, FinancialQuarter period) => string.Create(
        CultureInfo.InvariantCulture,
        $"A run for council {council} {period.ShortLabel} is already in progress; wait for it to finish, then check the published results. Its lock frees itself within {LeaseLength.TotalSeconds:0} s of that run stopping; if you are sure none is running, break it (reporting run --break-lock, or DELETE /api/runs/{council}/{period}/lock).");

    /// <summary>Whether a run of this quarter is under way anywhere: someone holds its run lease.</summary>
    public Task<bool> IsRunningAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken = default) =>
        store.IsLeasedAsync(StoreLayout.ReportsContainer, StoreLayout.RunLock(council, period), cancellationToken);

    /// <summary>Collects a quarter's uploads (unless not wanted) and the council's config from the metrics container.</summary>
    public async Task<QuarterFiles> CollectAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken = default, bool withUploads = true)
    {
        var uploads = withUploads ? await ReadFolderAsync(council, StoreLayout.QuarterInputs(council, period), cancellationToken) : [];
        var config = await ReadFolderAsync(council, StoreLayout.CouncilConfig(council), cancellationToken);
        return new QuarterFiles(council, period, uploads, config);
    }

    /// <summary>
    /// The quarter's uploads as the publication in force recorded them (name and SHA-256), when the
    /// listing shows exactly those files with the same ETags and sizes (a store gives a new ETag to
    /// every write); null when any was added, removed or written since, or there are none.
    /// </summary>
    private async Task<List<(string Name, string Sha256)>?> UploadsAsPublishedAsync(CouncilCode council, FinancialQuarter period, Manifest inForce, CancellationToken cancellationToken)
    {
        var folder = StoreLayout.QuarterInputs(council, period);
        var councilPrefix = StoreLayout.CouncilFolder(council);
        var recorded = inForce.Inputs.Where(i => i.Name.StartsWith(folder[councilPrefix.Length..], StringComparison.Ordinal)).ToDictionary(i => i.Name, StringComparer.Ordinal);
        var listed = await store.ListAsync(StoreLayout.MetricsContainer, folder, cancellationToken);
        if (listed.Count == 0 || listed.Count != recorded.Count)
        {
            return null;
        }

        var same = new List<(string Name, string Sha256)>(listed.Count);
        foreach (var item in listed)
        {
            if (!recorded.TryGetValue(item.Name[councilPrefix.Length..], out var input) || input.ETag != item.ETag || input.Length != item.Length)
            {
                return null;
            }

            same.Add((input.Name, input.Sha256));
        }

        return same;
    }

    private async Task<Dictionary<string, InputFile>> ReadFolderAsync(CouncilCode council, string prefix, CancellationToken cancellationToken)
    {
        var councilPrefix = StoreLayout.CouncilFolder(council);
        var listed = await store.ListAsync(StoreLayout.MetricsContainer, prefix, cancellationToken);
        // One round trip per file on Blob Storage: the files are fetched side by side, not one after another.
        var stored = await Task.WhenAll(listed.Select(info => store.GetAsync(StoreLayout.MetricsContainer, info.Name, cancellationToken)));
        return stored.OfType<StoredObject>().ToDictionary(
            file => file.Name[prefix.Length..],
            file => new InputFile(file.Name[councilPrefix.Length..], file.Content, file.ETag),
            StringComparer.OrdinalIgnoreCase);
    }

    private async Task<(Dictionary<FinancialQuarter, IReadOnlyList<IndicatorValue>> Values, List<InputFile> Files)> ReadPublishedHistoryAsync(CouncilCode council, FinancialQuarter period, FinancialQuarter? baseline, CancellationToken cancellationToken)
    {
        // Back to the plan's baseline when it is configured and earlier than the trend's eight quarters.
        var reach = QuarterIndicators.QuartersBack(period, baseline);

        // The earlier quarters are independent, so they are read side by side.
        var earlier = await Task.WhenAll(Enumerable.Range(1, reach)
            .Select(back => ReadPublishedIndicatorsAsync(council, period.Plus(-back), cancellationToken)));
        var published = earlier.Where(e => e.File is not null).ToList();
        return (published.ToDictionary(e => e.Period, e => e.Values), published.Select(e => e.File!).ToList());
    }

    private async Task<(FinancialQuarter Period, IReadOnlyList<IndicatorValue> Values, InputFile? File)> ReadPublishedIndicatorsAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken)
    {
        var (manifest, _) = await ReadManifestAsync(council, period, cancellationToken);
        if (manifest?.Output(StoreLayout.IndicatorsJsonFile) is not { } output
            || await store.GetAsync(StoreLayout.ReportsContainer, output.Path, cancellationToken) is not { } stored)
        {
            return (period, [], null);
        }

        return (period, IndicatorsExport.ReadValues(stored.Content), new InputFile($"reports/{output.Path}", stored.Content, stored.ETag));
    }

    private async Task<ManifestOutput> PutOutputAsync(CouncilCode council, FinancialQuarter period, string runId, string file, byte[] content, string contentType, string? audience, CancellationToken cancellationToken)
    {
        var path = StoreLayout.Output(council, period, $"{runId}/{file}");
        await store.PutAsync(StoreLayout.ReportsContainer, path, content, WriteCondition.None, contentType, cancellationToken);
        return new ManifestOutput(file, path, Convert.ToHexStringLower(SHA256.HashData(content)), content.LongLength, contentType, audience);
    }

    private static List<AudienceDefinition> ChooseAudiences(RunRequest request, AudienceCatalogue catalogue, FindingList configFindings, out string? problem)
    {
        problem = null;
        if (request.Audiences.Count == 0)
        {
            return catalogue.Ids.Select(id => catalogue.Find(id)!).ToList();
        }

        var chosen = new List<AudienceDefinition>();
        foreach (var id in request.Audiences.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (catalogue.Find(id) is { } audience)
            {
                chosen.Add(audience);
            }
            else
            {
                problem = configFindings.FirstOrDefault(f => f.File.EndsWith($"audiences/{id.Trim()}.json", StringComparison.OrdinalIgnoreCase)) is { } broken
                    ? $"The audience '{Excerpt.Shorten(id)}' cannot be produced: {broken.File} has an error ({broken.Rule}). Correct it, or choose from: {string.Join(", ", catalogue.Ids)}."
                    : $"There is no audience '{Excerpt.Shorten(id)}'. Choose from: {string.Join(", ", catalogue.Ids)}.";
            }
        }

        return chosen;
    }

    private static string Digest(IEnumerable<string> lines) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
}
