namespace Reporting.Pipeline.Composition;

/// <summary>The parts a review document can have, in the order an audience lists them.</summary>
public enum ReportSection
{
    Cover,
    Contents,
    Context,
    ExecutiveSummary,
    Scorecard,
    PriorityPages,
    TeamBreakdowns,
    Risks,
    DataQuality,
    Glossary,
}

/// <summary>
/// Who a review document is for and what it holds: title, sections in order, which indicators,
/// protective marking and whether disclosure control applies. Audiences are data
/// (<c>Composition/Audiences/*.json</c>, or <c>config/audiences/*.json</c> in the store), so adding
/// one is adding a definition. Invariant: <see cref="Id"/> is lower-case letters, digits and
/// hyphens (it becomes part of a file name).
/// </summary>
public sealed record AudienceDefinition
{
    /// <summary>"dfe", "essex", "cabinet".</summary>
    public required string Id { get; init; }

    /// <summary>Document title, e.g. "Quarterly performance review".</summary>
    public required string Title { get; init; }

    /// <summary>Who it is for, as printed on the cover: "Department for Education".</summary>
    public required string Readers { get; init; }

    /// <summary>Protective marking printed in every header and footer: "OFFICIAL-SENSITIVE"; empty for a public document, which carries none.</summary>
    public required string Marking { get; init; }

    /// <summary>Public audiences get disclosure control: counts 1–5, and percentages built on them, shown as "c".</summary>
    public bool Public { get; init; }

    public required IReadOnlyList<ReportSection> Sections { get; init; }

    /// <summary>Indicator ids in the order shown; empty means every indicator in the catalogue.</summary>
    public IReadOnlyList<string> Indicators { get; init; } = [];

    /// <summary>Indicator ids for the headline figures of the executive summary (up to six); empty means the first six shown.</summary>
    public IReadOnlyList<string> Headline { get; init; } = [];

    /// <summary>Size of paragraph text in points (10 unless set; the public summary uses 12); tables, headings and notes scale with it.</summary>
    public double? BodyTextSize { get; init; }

    /// <summary>Draw a trend chart per indicator on the priority pages.</summary>
    public bool TrendCharts { get; init; }

    /// <summary>Include the council's commentary on the priority pages.</summary>
    public bool Commentary { get; init; } = true;

    /// <summary>The inputs and indicators its sections need (the publication gate's completeness); by default the indicators it shows.</summary>
    public AudienceNeeds Needs { get; init; } = AudienceNeeds.ShownIndicators;

    /// <summary>The indicator ids that must have a figure: <see cref="AudienceNeeds.Indicators"/>, else those shown (every one when <see cref="Indicators"/> is empty).</summary>
    public IReadOnlyList<string> NeededIndicators =>
        Needs.Indicators.Count > 0 ? Needs.Indicators
        : Indicators.Count > 0 ? Indicators
        : [.. Domain.Indicators.IndicatorCatalogue.All.Select(d => d.Id)];
}
