using System.Security.Cryptography;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Storage;

namespace Reporting.Pipeline.Publishing;

/// <summary>
/// Whether the publication in force still matches its inputs (<c>out-of-date</c> when not): the
/// quarter's uploads and the council's config as stored now against the names, ETags and SHA-256s its
/// manifest recorded (a file written again with the same bytes is not a change), and each earlier
/// quarter's <c>indicators.json</c> it drew on against that quarter's publication in force now.
/// Reads only; downloads a file only when its ETag or size differs from the recorded one.
/// </summary>
public sealed class PublicationStaleness(IObjectStore store)
{
    /// <summary>What changed since <paramref name="inForce"/> was published, a sentence each, in name order; empty when it is current.</summary>
    public async Task<IReadOnlyList<string>> ChangesAsync(CouncilCode council, FinancialQuarter period, Manifest inForce, CancellationToken cancellationToken = default)
    {
        var councilFolder = StoreLayout.CouncilFolder(council);
        var recorded = inForce.Inputs.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var listings = await Task.WhenAll(
            store.ListAsync(StoreLayout.MetricsContainer, StoreLayout.QuarterInputs(council, period), cancellationToken),
            store.ListAsync(StoreLayout.MetricsContainer, StoreLayout.CouncilConfig(council), cancellationToken));
        var stored = listings.SelectMany(l => l).ToList();
        var changes = new List<(string Name, string Text)>();
        foreach (var item in stored)
        {
            var name = item.Name[councilFolder.Length..];
            if (!recorded.TryGetValue(name, out var input))
            {
                changes.Add((name, $"{name} was uploaded after the publication"));
            }
            else if ((input.ETag != item.ETag || input.Length != item.Length)
                && await Sha256Async(StoreLayout.MetricsContainer, item.Name, cancellationToken) is { } sha && sha != input.Sha256)
            {
                changes.Add((name, $"{name} was uploaded again with other content"));
            }
        }

        var listed = stored.Select(i => i.Name[councilFolder.Length..]).ToHashSet(StringComparer.Ordinal);
        var uploadsAndConfig = new[] { StoreLayout.QuarterInputs(council, period)[councilFolder.Length..], StoreLayout.CouncilConfig(council)[councilFolder.Length..] };
        changes.AddRange(inForce.Inputs
            .Where(i => uploadsAndConfig.Any(folder => i.Name.StartsWith(folder, StringComparison.Ordinal)) && !listed.Contains(i.Name))
            .Select(i => (i.Name, $"{i.Name} was removed")));

        var earlier = await Task.WhenAll(inForce.Inputs.Where(i => i.Name.StartsWith("reports/", StringComparison.Ordinal)).Select(i => EarlierQuarterChangeAsync(council, i, cancellationToken)));
        changes.AddRange(earlier.OfType<(string, string)>());
        return changes.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Text).ToList();
    }

    /// <summary>An earlier quarter's <c>indicators.json</c> the publication drew on, against that quarter's publication in force now.</summary>
    private async Task<(string Name, string Text)?> EarlierQuarterChangeAsync(CouncilCode council, ManifestInput input, CancellationToken cancellationToken)
    {
        // "reports/933/2017-18-Q1/{run id}/indicators.json"
        var parts = input.Name.Split('/');
        if (parts.Length < 5 || !FinancialQuarter.Parse(parts[2]).TryGetValue(out var earlier))
        {
            return null;
        }

        var manifest = await store.GetAsync(StoreLayout.ReportsContainer, StoreLayout.Output(council, earlier, StoreLayout.ManifestFile), cancellationToken);
        var output = manifest is null ? null : Manifest.FromJson(manifest.Content)?.Output(StoreLayout.IndicatorsJsonFile);
        if (output is null)
        {
            return (input.Name, $"{earlier.ShortLabel}, whose figures it draws on, is no longer published");
        }

        return $"reports/{output.Path}" == input.Name && output.Sha256 == input.Sha256
            ? null
            : (input.Name, $"{earlier.ShortLabel}, whose figures it draws on, was republished (run {output.Path.Split('/')[^2]}; this publication used run {parts[3]})");
    }

    private async Task<string?> Sha256Async(string container, string name, CancellationToken cancellationToken) =>
        await store.GetAsync(container, name, cancellationToken) is { } stored ? Convert.ToHexStringLower(SHA256.HashData(stored.Content)) : null;
}
