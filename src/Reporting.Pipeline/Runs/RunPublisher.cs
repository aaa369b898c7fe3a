using System.Security.Cryptography;
using Reporting.Domain.Findings;
using Reporting.Pipeline.Publishing;
using Reporting.Pipeline.Storage;

namespace Reporting.Pipeline.Runs;

/// <summary>
/// The Publish stage: writes a run's outputs into the folder named after the run, its own copy of
/// the manifest, then the quarter's <c>manifest.json</c> last (conditional on the ETag it replaces),
/// and tags the earlier publication's files the new manifest no longer lists as superseded.
/// </summary>
public sealed class RunPublisher(IObjectStore store, string generator)
{
    /// <summary>Publishes <paramref name="rendered"/> for <paramref name="plan"/>; returns the manifest now in force.</summary>
    public async Task<Manifest> PublishAsync(RunPlan plan, IReadOnlyList<RenderedOutput> rendered, FindingList findings, DateTimeOffset startedAt, TimeProvider time, LeaseKeeper keeper, CancellationToken cancellationToken)
    {
        var (council, period, runId) = (plan.Files.Council, plan.Files.Period, plan.RunId);
        var outputs = new List<ManifestOutput>();
        foreach (var output in rendered)
        {
            var path = StoreLayout.Output(council, period, $"{runId}/{output.File}");
            await store.PutAsync(StoreLayout.ReportsContainer, path, output.Content, WriteCondition.None, output.ContentType, cancellationToken);
            outputs.Add(new ManifestOutput(output.File, path, Convert.ToHexStringLower(SHA256.HashData(output.Content)), output.Content.LongLength, output.ContentType, output.Audience));
        }

        var previous = plan.InForce;
        if (previous.Manifest is { } earlier)
        {
            // A run for some audiences keeps the others' documents (PDF and HTML) listed; made from other inputs, they say which run made them.
            outputs.AddRange(earlier.Outputs
                .Select(o => o.Audience is null && StoreLayout.HtmlReviewAudience(o.File) is { } audience ? o with { Audience = audience } : o) // listed without it by earlier versions
                .Where(o => o.Audience is not null && plan.Catalogue.Find(o.Audience) is not null && outputs.All(n => n.File != o.File))
                .Select(o => earlier.InputsDigest == plan.Inputs.Digest ? o : o with { FromRun = o.FromRun ?? earlier.RunId }));
        }

        var manifest = new Manifest
        {
            Council = council.Value,
            Period = period.ToString(),
            RunId = runId,
            Generator = generator,
            InputsDigest = plan.Inputs.Digest,
            StartedAt = startedAt,
            FinishedAt = time.GetUtcNow(),
            Inputs = plan.Inputs.Files.Select(f => new ManifestInput(f.Name, f.ETag, f.Sha256, f.Content.LongLength)).ToList(),
            Outputs = outputs.OrderBy(o => o.Audience is null).ThenBy(o => o.File, StringComparer.Ordinal).ToList(),
            Errors = findings.ErrorCount,
            Warnings = findings.WarningCount,
        };
        // A copy in the run's folder first: the quarter's earlier runs stay readable after a later manifest replaces this one.
        await store.PutAsync(StoreLayout.ReportsContainer, StoreLayout.RunManifest(council, period, runId), manifest.ToJson(), WriteCondition.None, "application/json", cancellationToken);
        await keeper.ConfirmAsync(cancellationToken);
        await store.PutAsync(StoreLayout.ReportsContainer, StoreLayout.Output(council, period, StoreLayout.ManifestFile), manifest.ToJson(), WriteCondition.Replacing(previous.ETag), "application/json", cancellationToken);
        await TagSupersededAsync(previous.Manifest, manifest);
        return manifest;
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
}
