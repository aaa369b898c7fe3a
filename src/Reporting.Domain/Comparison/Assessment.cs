using System.Globalization;
using Reporting.Domain.Indicators;

namespace Reporting.Domain.Comparison;

/// <summary>
/// An indicator's figure read against its target and its previous quarter: the RAG status and
/// the direction of travel, two separate judgements. The status says only where the figure stands
/// against its target; the direction of travel never lifts it. All comparisons use figures
/// rounded as they are shown, so what the reader sees agrees with the status printed beside it.
/// </summary>
public sealed record Assessment(RagStatus Status, Movement Movement, Judgement Judgement)
{
    /// <summary>The rule printed in the documents, so readers know what the colours mean; its default tolerance is the one applied.</summary>
    public static string RuleText { get; } = string.Create(CultureInfo.InvariantCulture,
        $"Green: the target is met. Amber: the target is missed by no more than the indicator's tolerance " +
        $"({Target.DefaultTolerance * 100:0.#}% of the target unless stated beside the indicator). Red: the target is missed by more than the tolerance. " +
        $"No rating: no target or no figure. The rating compares the figure with its target only; " +
        $"whether it improved on the previous quarter is shown separately as its direction of travel.");

    public static Assessment Of(IndicatorDefinition definition, decimal? value, decimal? previous, Target? target)
    {
        var (movement, judgement) = DirectionOfTravel(definition, value, previous);
        return new Assessment(StatusOf(definition, value, target), movement, judgement);
    }

    private static (Movement, Judgement) DirectionOfTravel(IndicatorDefinition definition, decimal? value, decimal? previous)
    {
        if (value is not { } current || previous is not { } before)
        {
            return (Movement.NotComparable, Judgement.NotJudged);
        }

        var change = definition.Round(current).CompareTo(definition.Round(before));
        var movement = change switch { > 0 => Movement.Up, < 0 => Movement.Down, _ => Movement.Same };
        var judgement = (movement, definition.Polarity) switch
        {
            (Movement.Same, _) => Judgement.Unchanged,
            (_, Polarity.Neutral) => Judgement.NotJudged,
            (Movement.Up, Polarity.HigherIsBetter) or (Movement.Down, Polarity.LowerIsBetter) => Judgement.Improved,
            _ => Judgement.Worsened,
        };
        return (movement, judgement);
    }

    /// <summary>
    /// How far a figure misses its target, both as shown (rounded to the indicator's decimals):
    /// positive when it misses, zero when it is on it, negative when it is beyond it on the better
    /// side; null for a neutral indicator, which has no better side. The one definition of "target
    /// met" behind the RAG status, the charts' descriptions and the team flags.
    /// </summary>
    public static decimal? Shortfall(IndicatorDefinition definition, decimal value, decimal target)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var shown = definition.Round(value);
        var goal = definition.Round(target);
        return definition.Polarity switch
        {
            Polarity.HigherIsBetter => goal - shown,
            Polarity.LowerIsBetter => shown - goal,
            _ => null,
        };
    }

    /// <summary>True when the figure, as shown, meets the target as shown (never for a neutral indicator).</summary>
    public static bool MeetsTarget(IndicatorDefinition definition, decimal value, decimal target) =>
        Shortfall(definition, value, target) <= 0m;

    private static RagStatus StatusOf(IndicatorDefinition definition, decimal? value, Target? target)
    {
        if (value is not { } current || target is null || Shortfall(definition, current, target.Value) is not { } shortfall)
        {
            return RagStatus.Grey;
        }

        if (shortfall <= 0m)
        {
            return RagStatus.Green;
        }

        return shortfall <= Tolerance(definition, target) ? RagStatus.Amber : RagStatus.Red;
    }

    /// <summary>How far short of its target a figure may fall and still be Amber: the target (as shown) times its tolerance.</summary>
    public static decimal Tolerance(IndicatorDefinition definition, Target target)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(target);
        return Math.Abs(definition.Round(target.Value)) * target.EffectiveTolerance;
    }
}
