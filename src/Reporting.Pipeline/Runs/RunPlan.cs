using Reporting.Domain.Findings;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles;

namespace Reporting.Pipeline.Runs;

/// <summary>
/// What a run will work from, decided before validation: the quarter's files, the findings about
/// the council's config, the audiences chosen from the catalogue, the earlier quarters' published
/// figures, every input with its digest (the run's identity) and the publication in force.
/// </summary>
public sealed record RunPlan(
    QuarterFiles Files,
    FindingList ConfigFindings,
    IReadOnlyList<AudienceDefinition> Audiences,
    AudienceCatalogue Catalogue,
    PublishedHistory History,
    RunInputs Inputs,
    PublicationInForce InForce)
{
    /// <summary>The run's id (from its inputs' digest): the folder its outputs go to.</summary>
    public string RunId => Inputs.RunId;
}
