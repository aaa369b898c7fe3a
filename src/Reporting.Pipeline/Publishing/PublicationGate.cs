using System.Globalization;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Storage;

namespace Reporting.Pipeline.Publishing;

/// <summary>
/// Whether a run may replace the publication in force: a run whose inputs have errors that leave
/// indicators without the value the publication in force has is withheld, unless asked to publish
/// with errors. Reads the publication's <c>indicators.json</c>; writes nothing.
/// </summary>
public sealed class PublicationGate(IObjectStore store)
{
    /// <summary>Null when the run may publish; otherwise the sentence saying why it is withheld.</summary>
    public async Task<string?> CheckAsync(RunRequest request, Manifest? inForce, ValidatedQuarter quarter, QuarterIndicators indicators, CancellationToken cancellationToken)
    {
        if (request.PublishWithErrors || quarter.Findings.ErrorCount == 0 || inForce is null
            || await LostIndicatorsAsync(inForce, indicators, cancellationToken) is not { Count: > 0 } lost)
        {
            return null;
        }

        var named = string.Join(", ", lost.Take(5)) + (lost.Count > 5 ? string.Create(CultureInfo.InvariantCulture, $" and {lost.Count - 5} more") : string.Empty);
        return string.Create(CultureInfo.InvariantCulture,
            $"Not published: the inputs have {quarter.Findings.ErrorCount} error(s), and {lost.Count} indicator(s) would lose the value published by run {inForce.RunId} ({named}). That publication stays in force. Correct the files named in the findings and run again, or ask to publish with errors (--publish-with-errors on the command line, publishWithErrors=true over HTTP).");
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
}
