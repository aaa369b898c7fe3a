using Reporting.Domain;
using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Publishing;
using Reporting.Pipeline.Storage;

namespace Reporting.Pipeline.Runs;

/// <summary>
/// The Collect stage and the run's identity: reads the quarter's uploads, the council's config and
/// the earlier quarters' publications, chooses the audiences and digests the inputs; answers at once
/// when the run would end before validation. Reads only; takes no lock.
/// </summary>
public sealed class RunPlanner(IObjectStore store, string generator, TimeProvider time)
{
    // Unless forced, uploads that still carry the ETags the publication in force recorded are taken as
    // the files it was made from, without downloading them; when something else turns out to have
    // changed, the uploads are downloaded after all and the digest made again from their bytes.
    public async Task<PlannedRun> PlanAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var (council, period) = (request.Council, request.Period);
        if (period.End >= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
        {
            return PlannedRun.End(new RunResult(RunOutcome.InvalidRequest, $"{period.Label} has not ended yet, so it cannot be reported: a quarter is run once it is over (from {period.End.AddDays(1):d MMMM yyyy}).", null, []));
        }

        var inForce = await ReadManifestAsync(council, period, cancellationToken);
        var asPublished = !request.Force && inForce.Manifest is { } published
            ? await UploadsAsPublishedAsync(council, period, published, cancellationToken)
            : null;
        var files = await CollectAsync(council, period, cancellationToken, withUploads: asPublished is null);
        var configFindings = new FindingList();
        if (files.Uploads.Count == 0 && asPublished is null)
        {
            return PlannedRun.End(new RunResult(RunOutcome.NoInputs, $"No files have been uploaded for council {council} {period.Label}: expected them under metrics/{StoreLayout.QuarterInputs(council, period)} in {store.Description}.", null, []));
        }

        if (files.Config.Count == 0)
        {
            return PlannedRun.End(new RunResult(RunOutcome.InvalidRequest, $"Council {council} is not set up: there is no configuration under metrics/{StoreLayout.CouncilConfig(council)} in {store.Description} (at least council.txt, its name; targets.csv and benchmarks.csv for the comparisons). Set it up as the data contract says, then run its quarters.", null, []));
        }

        var catalogue = AudienceCatalogue.WithConfigured(
            files.Config.Where(f => f.Key.StartsWith("audiences/", StringComparison.OrdinalIgnoreCase)).Select(f => (f.Value.Name, f.Value.Content)),
            configFindings);
        var chosen = ChooseAudiences(request, catalogue, configFindings, out var unknown);
        if (unknown is not null)
        {
            return PlannedRun.End(new RunResult(RunOutcome.InvalidRequest, unknown, null, configFindings));
        }

        var baseline = files.ConfigFile(BaselineFile.FileName) is { } baselineFile ? BaselineFile.Read(baselineFile, new FindingList()) : null;
        var history = await ReadPublishedHistoryAsync(council, period, baseline, cancellationToken);
        var plan = new RunPlan(files, configFindings, chosen, catalogue, history, RunInputs.Of(files, history, asPublished, generator), inForce);
        if (!request.Force && inForce.Manifest is { } last && last.InputsDigest == plan.Inputs.Digest
            && chosen.All(a => last.Output(StoreLayout.ReviewDocument(a.Id)) is { FromRun: null }))
        {
            return PlannedRun.End(new RunResult(RunOutcome.Unchanged, $"Nothing changed since run {last.RunId} published {period.ShortLabel} for council {council}; use force to render again.", last, []));
        }

        if (asPublished is null)
        {
            return PlannedRun.Go(plan);
        }

        // The config, the history and the audiences read stand; only the uploads were taken on trust.
        var withUploads = new QuarterFiles(council, period, await ReadFolderAsync(council, StoreLayout.QuarterInputs(council, period), cancellationToken), files.Config);
        return PlannedRun.Go(plan with { Files = withUploads, Inputs = RunInputs.Of(withUploads, history, null, generator) });
    }

    /// <summary>The manifest in force for a quarter and its ETag (both null when nothing is published yet).</summary>
    public async Task<PublicationInForce> ReadManifestAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(StoreLayout.ReportsContainer, StoreLayout.Output(council, period, StoreLayout.ManifestFile), cancellationToken);
        return stored is null ? PublicationInForce.None : new PublicationInForce(Manifest.FromJson(stored.Content), stored.ETag);
    }

    /// <summary>Collects a quarter's uploads (unless not wanted) and the council's config from the metrics container.</summary>
    public async Task<QuarterFiles> CollectAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken, bool withUploads = true)
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
    private async Task<List<RecordedInput>?> UploadsAsPublishedAsync(CouncilCode council, FinancialQuarter period, Manifest inForce, CancellationToken cancellationToken)
    {
        var folder = StoreLayout.QuarterInputs(council, period);
        var councilPrefix = StoreLayout.CouncilFolder(council);
        var recorded = inForce.Inputs.Where(i => i.Name.StartsWith(folder[councilPrefix.Length..], StringComparison.Ordinal)).ToDictionary(i => i.Name, StringComparer.Ordinal);
        var listed = await store.ListAsync(StoreLayout.MetricsContainer, folder, cancellationToken);
        if (listed.Count == 0 || listed.Count != recorded.Count)
        {
            return null;
        }

        var same = new List<RecordedInput>(listed.Count);
        foreach (var item in listed)
        {
            if (!recorded.TryGetValue(item.Name[councilPrefix.Length..], out var input) || input.ETag != item.ETag || input.Length != item.Length)
            {
                return null;
            }

            same.Add(new RecordedInput(input.Name, input.Sha256));
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

    private async Task<PublishedHistory> ReadPublishedHistoryAsync(CouncilCode council, FinancialQuarter period, FinancialQuarter? baseline, CancellationToken cancellationToken)
    {
        // Back to the plan's baseline when it is configured and earlier than the trend's eight quarters.
        var reach = QuarterIndicators.QuartersBack(period, baseline);

        // The earlier quarters are independent, so they are read side by side.
        var earlier = await Task.WhenAll(Enumerable.Range(1, reach)
            .Select(back => ReadPublishedQuarterAsync(council, period.Plus(-back), cancellationToken)));
        var published = earlier.OfType<PublishedQuarter>().ToList();
        return new PublishedHistory(published.ToDictionary(e => e.Period, e => e.Values), published.Select(e => e.File).ToList());
    }

    /// <summary>An earlier quarter's published values and the <c>indicators.json</c> they were read from.</summary>
    private sealed record PublishedQuarter(FinancialQuarter Period, IReadOnlyList<Domain.Indicators.IndicatorValue> Values, InputFile File);

    private async Task<PublishedQuarter?> ReadPublishedQuarterAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken)
    {
        var inForce = await ReadManifestAsync(council, period, cancellationToken);
        if (inForce.Manifest?.Output(StoreLayout.IndicatorsJsonFile) is not { } output
            || await store.GetAsync(StoreLayout.ReportsContainer, output.Path, cancellationToken) is not { } stored)
        {
            return null;
        }

        return new PublishedQuarter(period, IndicatorsExport.ReadValues(stored.Content), new InputFile($"reports/{output.Path}", stored.Content, stored.ETag));
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
}
