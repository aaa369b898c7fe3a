namespace Reporting.Pipeline.Publishing;

/// <summary>
/// Something an audience's sections need that the quarter does not have: an input not uploaded
/// (<see cref="Name"/> as the audience names it, "workforce.csv|csww.xml") or an indicator with no
/// figure and nothing uploaded that gives one (<see cref="Name"/> its id).
/// </summary>
public sealed record MissingPart(string Audience, string Name, bool IsInput)
{
    /// <summary>How people read the name: "workforce.csv or csww.xml", or the indicator's title.</summary>
    public string Shown => IsInput
        ? Name.Replace("|", " or ", StringComparison.Ordinal)
        : Domain.Indicators.IndicatorCatalogue.TryGet(Name, out var definition) ? definition.Title : Name;
}
