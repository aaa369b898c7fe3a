using System.Globalization;

namespace Reporting.Domain.Indicators;

/// <summary>
/// The one definition of an indicator: its stable id, what it is called, which priority of
/// the improvement plan it evidences, how it is measured and the paragraph printed in the
/// documents' glossary. Invariants: id is lower-case kebab case; priority is 1–9; decimals 0–2.
/// </summary>
public sealed record IndicatorDefinition
{
    public IndicatorDefinition(
        string id,
        string title,
        int priority,
        IndicatorUnit unit,
        int decimals,
        Polarity polarity,
        MeasurementWindow window,
        string definition,
        bool recordLevel)
    {
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"Indicator id '{id}' must be lower-case letters, digits and hyphens.", nameof(id));
        }

        if (priority is < 1 or > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "Priorities run from 1 to 9.");
        }

        if (decimals is < 0 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Indicators show 0 to 2 decimals.");
        }

        Id = id;
        Title = title;
        Priority = priority;
        Unit = unit;
        Decimals = decimals;
        Polarity = polarity;
        Window = window;
        Definition = definition;
        RecordLevel = recordLevel;
    }

    public string Id { get; }

    public string Title { get; }

    public int Priority { get; }

    public IndicatorUnit Unit { get; }

    public int Decimals { get; }

    public Polarity Polarity { get; }

    public MeasurementWindow Window { get; }

    /// <summary>The glossary paragraph.</summary>
    public string Definition { get; }

    /// <summary>True when record-level files (workforce, SSDA903, missing, CIN) can yield it; otherwise it comes only from measures.csv.</summary>
    public bool RecordLevel { get; }

    /// <summary>
    /// The DfE statistics that publish an England figure comparable with this indicator (and, in DfE's
    /// Local Authority Interactive Tool, a statistical-neighbour average); null when DfE publishes none:
    /// a local measure, or a count DfE publishes only as a national total or a rate per 10,000 children.
    /// </summary>
    public string? EnglandPublication { get; init; }

    /// <summary>Rounds a value the way it is shown.</summary>
    public decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>The value as people read it: "37.0%", "14.2", "160".</summary>
    public string Format(decimal value)
    {
        var number = Round(value).ToString("N" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return Unit == IndicatorUnit.Percent ? number + "%" : number;
    }

    /// <summary>The value implied by a numerator and denominator (a percentage for percentages), or null when the denominator is zero.</summary>
    public decimal? FromParts(decimal numerator, decimal denominator) =>
        denominator == 0m ? null : Unit == IndicatorUnit.Percent ? 100m * numerator / denominator : numerator / denominator;

    /// <summary>How the window reads in a sentence: "at quarter end", "in the quarter", "in the 12 months to quarter end".</summary>
    public string WindowText => Window switch
    {
        MeasurementWindow.AtQuarterEnd => "at quarter end",
        MeasurementWindow.Quarter => "in the quarter",
        _ => "in the 12 months to quarter end",
    };
}
