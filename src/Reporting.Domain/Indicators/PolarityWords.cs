namespace Reporting.Domain.Indicators;

/// <summary>
/// The one wording of an indicator's polarity, so the glossary, a chart's legend and its alt text
/// never disagree about which way is better.
/// </summary>
public static class PolarityWords
{
    private const string ContextOnly = "context only";

    /// <summary>For a sentence (glossary, alt text): "higher is better", "lower is better" or "context only, neither direction is better".</summary>
    public static string Sentence(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "higher is better",
        Polarity.LowerIsBetter => "lower is better",
        _ => $"{ContextOnly}, neither direction is better",
    };

    /// <summary>Capitalised and short enough for a chart legend: "Higher is better", "Lower is better" or "Context only".</summary>
    public static string Legend(Polarity polarity)
    {
        var words = polarity == Polarity.Neutral ? ContextOnly : Sentence(polarity);
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
