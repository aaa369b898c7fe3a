using System.Globalization;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Runs;
using Reporting.Pipeline.Storage;

namespace Reporting.Pipeline.Publishing;

/// <summary>
/// The one publication gate, between aggregation and rendering, for every door
/// (docs/data-contract.md, "The publication gate"):
/// <list type="bullet">
/// <item><b>Complete</b>: each chosen audience has the inputs and the indicators its sections need
/// (<see cref="Composition.AudienceNeeds"/>); a figure missing because a file it comes from has errors
/// is an error, not a gap. An incomplete quarter needs <see cref="RunRequest.PublishIncomplete"/>.</item>
/// <item><b>Plausible</b>: over a publication in force, while the inputs have errors, a figure that
/// moves beyond its bound (<see cref="FigureBounds"/>), changes at all while a file it comes from has
/// errors, or disappears, needs <see cref="RunRequest.PublishWithErrors"/>. Without errors a rerun is
/// a correction and publishes.</item>
/// <item><b>No child's details</b>: text the documents print (commentary, actions, context) that seems to
/// hold a child's identifier, date of birth or postcode stops the run, whatever is confirmed.</item>
/// </list>
/// Reads the publication's <c>indicators.json</c>; writes nothing.
/// </summary>
public sealed class PublicationGate(IObjectStore store)
{
    public async Task<GateVerdict> CheckAsync(RunRequest request, RunPlan plan, ValidatedQuarter quarter, QuarterIndicators indicators, CancellationToken cancellationToken)
    {
        if (FreeText.IdentifiesAChild(quarter.Findings))
        {
            return new GateVerdict([], [], false, false, NamesAChildSentence(plan), string.Empty) { NamesAChild = true };
        }

        var missing = Missing(plan, quarter, indicators);
        var changes = plan.InForce.Manifest is { } inForce && quarter.Findings.ErrorCount > 0 ? await ChangesAsync(inForce, quarter, indicators, cancellationToken) : [];
        var message = string.Join(' ', new[]
        {
            missing.Count > 0 && !request.PublishIncomplete ? IncompleteSentence(plan, missing) : null,
            changes.Count > 0 && !request.PublishWithErrors ? ChangesSentence(plan, quarter, changes) : null,
        }.OfType<string>());
        var confirmed = string.Join(' ', new[]
        {
            missing.Count > 0 && request.PublishIncomplete ? $"Published incomplete, as confirmed ({Parts(missing)})." : null,
            changes.Count > 0 && request.PublishWithErrors ? $"Changes confirmed: {string.Join("; ", changes)}." : null,
        }.OfType<string>());
        return new GateVerdict(missing, changes, request.PublishIncomplete, request.PublishWithErrors, message, confirmed);
    }

    /// <summary>Per chosen audience, the inputs not uploaded and the needed indicators with no figure and no error to explain it.</summary>
    private static List<MissingPart> Missing(RunPlan plan, ValidatedQuarter quarter, QuarterIndicators indicators)
    {
        var missing = new List<MissingPart>();
        foreach (var audience in plan.Audiences)
        {
            missing.AddRange(audience.Needs.Inputs
                .Where(input => !input.Split('|').Any(name => IsPresent(plan.Files, name)))
                .Select(input => new MissingPart(audience.Id, input, IsInput: true)));
            missing.AddRange(audience.NeededIndicators
                .Where(id => indicators.Current.TryGetValue(id, out var value) && IsMissing(value, quarter))
                .Select(id => new MissingPart(audience.Id, id, IsInput: false)));
        }

        return missing;
    }

    private static bool IsPresent(QuarterFiles files, string name) =>
        name.StartsWith("config/", StringComparison.Ordinal) ? files.ConfigFile(name["config/".Length..]) is not null : files.Upload(name) is not null;

    /// <summary>No figure, and neither a zero denominator (nothing to count is a figure of sorts) nor errors in a file it comes from.</summary>
    private static bool IsMissing(IndicatorValue value, ValidatedQuarter quarter) =>
        !value.IsAvailable && value.Denominator is not 0m && !FromFileWithErrors(value, quarter);

    /// <summary>
    /// Whether an error finding is about a file the value's source or, with no figure, its reason names
    /// ("2017-18-Q2/workforce.csv", "ssda903/episodes.csv"); a value with no source has none but
    /// measures.csv, which may hold any indicator.
    /// </summary>
    private static bool FromFileWithErrors(IndicatorValue value, ValidatedQuarter quarter)
    {
        var period = quarter.Files.Period + "/";
        var source = (value.Source.Length > 0 ? value.Source : MeasuresFile.FileName) + " " + value.NotAvailableReason;
        return quarter.Findings.Any(f => f.Severity == Severity.Error
            && source.Contains(f.File.StartsWith(period, StringComparison.Ordinal) ? f.File[period.Length..] : f.File, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Figures in force that the run, whose inputs have errors, would move beyond their bound, change while their file has errors, or lose; in catalogue order.</summary>
    private async Task<List<FigureChange>> ChangesAsync(Manifest inForce, ValidatedQuarter quarter, QuarterIndicators indicators, CancellationToken cancellationToken)
    {
        if (inForce.Output(StoreLayout.IndicatorsJsonFile) is not { } output
            || await store.GetAsync(StoreLayout.ReportsContainer, output.Path, cancellationToken) is not { } stored)
        {
            return [];
        }

        var had = IndicatorsExport.ReadValues(stored.Content).ToDictionary(v => v.IndicatorId, StringComparer.Ordinal);
        var changes = new List<FigureChange>();
        foreach (var definition in IndicatorCatalogue.All)
        {
            if (!had.TryGetValue(definition.Id, out var before) || before.Value is not { } published)
            {
                continue;
            }

            var now = indicators.Current[definition.Id];
            var was = definition.Round(published);
            var why = now.Value is not { } value
                ? "no figure while the inputs have errors"
                : FigureBounds.Broken(definition, was, definition.Round(value))
                    ?? (definition.Round(value) != was && FromFileWithErrors(now, quarter) ? "changed while the file it comes from has errors" : null);
            if (why is not null)
            {
                changes.Add(new FigureChange(definition.Id, definition.Format(was), now.Value is { } shown ? definition.Format(shown) : "not available", now.Source, why));
            }
        }

        return changes;
    }

    /// <summary>"not uploaded: commentary.md (dfe); no figure: Referrals to children's social care (dfe, essex)".</summary>
    private static string Parts(List<MissingPart> missing)
    {
        var inputs = Named(missing.Where(m => m.IsInput));
        var figures = Named(missing.Where(m => !m.IsInput));
        return string.Join("; ", new[] { inputs.Length > 0 ? $"not uploaded: {inputs}" : null, figures.Length > 0 ? $"no figure: {figures}" : null }.OfType<string>());
    }

    private static string NamesAChildSentence(RunPlan plan) =>
        "Not published: the commentary or other text the documents print seems to contain a child's identifier, date of birth or postcode (the findings give the file and line). Change it and run again; this is never published with errors." +
        (plan.InForce.Manifest is { } kept ? $" The publication of run {kept.RunId} stays in force." : string.Empty);

    private static string IncompleteSentence(RunPlan plan, List<MissingPart> missing)
    {
        return $"Not published: council {plan.Files.Council} {plan.Files.Period.ShortLabel} is incomplete ({Parts(missing)}). " +
            "Upload what is missing and run again, or confirm publishing it incomplete (--publish-incomplete on the command line, publishIncomplete=true over HTTP); the documents then say what is missing." +
            (plan.InForce.Manifest is { } inForce ? $" The publication in force (run {inForce.RunId}) stays." : string.Empty);
    }

    private static string ChangesSentence(RunPlan plan, ValidatedQuarter quarter, List<FigureChange> changes) => string.Create(CultureInfo.InvariantCulture,
        $"Not published: the inputs have {quarter.Findings.ErrorCount} error(s), and {changes.Count} figure(s) would change the publication by run {plan.InForce.Manifest!.RunId} beyond what is plausible: {string.Join("; ", changes)}. That publication stays in force. Correct the files named and run again, or confirm the changes by asking to publish with errors (--publish-with-errors on the command line, publishWithErrors=true over HTTP).");

    /// <summary>"commentary.md (dfe, essex), workforce.csv or csww.xml (essex)": each part once, with the audiences that need it.</summary>
    private static string Named(IEnumerable<MissingPart> parts) => string.Join(", ", parts
        .GroupBy(p => p.Name, StringComparer.Ordinal)
        .Select(g => $"{g.First().Shown} ({string.Join(", ", g.Select(p => p.Audience))})"));
}
