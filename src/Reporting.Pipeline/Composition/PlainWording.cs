using System.Globalization;
using Reporting.Domain.Comparison;
using Reporting.Domain.Indicators;

namespace Reporting.Pipeline.Composition;

/// <summary>
/// The public summary's words, alike in the PDF and on the web page: key messages drawn from the
/// figures, what the council is doing about each measure short of its aim, the England average in
/// words a resident reads ("England: 84 in every 100"), and one word for each idea throughout
/// ("aim" for target, "plan start" for baseline, "close" for within tolerance). No internal codes.
/// </summary>
public static class PlainWording
{
    public const string KeyMessagesHeading = "Key messages";

    public const string OffTrackHeading = "Not yet at the aim, and what the council is doing";

    /// <summary>The column and tile label for the England average.</summary>
    public const string EnglandLabel = "England";

    /// <summary>Three to five plain sentences: how the measures stand, the biggest improvement, what is short of its aim and what the council is doing about it.</summary>
    public static IReadOnlyList<string> KeyMessages(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = report.Summary;
        var messages = new List<string>
        {
            $"Of the {summary.WithTarget} measures with an aim, {summary.OnTarget} {Has(summary.OnTarget)} reached it, {summary.Amber} {Is(summary.Amber)} close to it and {summary.Red} {Is(summary.Red)} further from it. " +
            $"Since last quarter {summary.Improved} got better and {summary.Worsened} got worse.",
        };

        if (summary.BiggestImprovements.FirstOrDefault() is { } best)
        {
            var way = best.Assessment.Movement == Movement.Down ? "fell" : "rose";
            messages.Add($"{best.Definition.Title} {way} to {best.ValueText}, from {best.PreviousText} last quarter and {best.BaselineText} when the plan began.");
        }

        var short_ = report.OffTrack;
        if (short_.Count > 0)
        {
            messages.Add($"Not yet at the aim: {JoinAnd([.. short_.Select(i => $"{Lower(i.Definition.Title)} ({i.ValueText}; the aim is {i.TargetText})")])}.");
            var doing = short_.SelectMany(i => i.Actions).Select(a => Lower(a.Description)).Distinct(StringComparer.Ordinal).Take(3).ToArray();
            if (doing.Length > 0)
            {
                messages.Add($"What the council is doing: {JoinAnd(doing)}.");
            }
        }

        return messages;
    }

    /// <summary>What the council is doing about a measure, in plain words with the month it is due: "Recruit local foster carers (by June 2018)"; or that nothing is recorded yet.</summary>
    public static string Doing(IndicatorReport indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Actions.Count == 0
            ? "No action is recorded yet."
            : string.Join(" ", indicator.Actions.Select(a => $"{a.Description} (by {a.Due.ToString("MMMM yyyy", CultureInfo.InvariantCulture)})."));
    }

    /// <summary>The England average in words: "84 in every 100 (2016)" for a percentage, "16.1 (2016)" otherwise; "none published" where DfE publishes none, "not available" where this council holds none.</summary>
    public static string England(IndicatorReport indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Benchmark is { England: { } england } benchmark)
        {
            var figure = indicator.Definition.Unit == IndicatorUnit.Percent
                ? $"{Math.Round(england, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)} in every 100"
                : indicator.Definition.Format(england);
            return $"{figure} ({benchmark.Year})";
        }

        return indicator.Definition.EnglandPublication is null ? "none published" : "not available";
    }

    /// <summary>The aim as a figure, or "no aim".</summary>
    public static string AimFigure(IndicatorReport indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Target is null ? "no aim" : indicator.TargetText;
    }

    /// <summary>"aim 90.0%", or "no aim": a headline tile's line.</summary>
    public static string Aim(IndicatorReport indicator) => indicator.Target is null ? "no aim" : $"aim {AimFigure(indicator)}";

    /// <summary>The summary's opening sentence for the public.</summary>
    public static string SummarySentence(ReportModel report) => KeyMessages(report)[0];

    /// <summary>Which way is better, in everyday words; a count with no aim says so.</summary>
    public static string Better(Polarity polarity) =>
        polarity == Polarity.Neutral ? "a count to know, with no aim" : PolarityWords.Sentence(polarity);

    /// <summary>The measures whose "close" band is not a tenth of the aim, in everyday words.</summary>
    public static string CloseSentence(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var different = report.Indicators.Where(i => i.TolerancePercentText is not null).ToArray();
        return different.Length == 0 ? string.Empty
            : " " + string.Join(" ", different.Select(i => $"For {Lower(i.Definition.Title)}, close means within {i.TolerancePercentText} of the aim."));
    }

    private static string Has(int count) => count == 1 ? "has" : "have";

    private static string Is(int count) => count == 1 ? "is" : "are";

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string JoinAnd(IReadOnlyList<string> items) => ReviewWording.JoinAnd(items);
}
