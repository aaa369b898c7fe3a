namespace Reporting.Pipeline.Composition;

/// <summary>
/// What an audience's sections need before its review can be published without a confirmation
/// (the publication gate's completeness rule, docs/data-contract.md). <see cref="Inputs"/> are
/// uploads named as in the quarter folder ("commentary.md"), alternatives separated by "|"
/// ("workforce.csv|csww.xml"), or council config files as "config/context.md".
/// <see cref="Indicators"/> are catalogue ids that must have a figure; empty means every indicator
/// the audience shows.
/// </summary>
public sealed record AudienceNeeds
{
    public IReadOnlyList<string> Inputs { get; init; } = [];

    public IReadOnlyList<string> Indicators { get; init; } = [];

    /// <summary>Nothing declared: only the indicators the audience shows.</summary>
    public static AudienceNeeds ShownIndicators { get; } = new();
}
