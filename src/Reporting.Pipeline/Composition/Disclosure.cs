using Reporting.Domain.Indicators;

namespace Reporting.Pipeline.Composition;

/// <summary>
/// Disclosure control for public audiences (GSS practice): counts from 1 to 5 are shown as
/// "c", and so is any percentage whose numerator or denominator is from 1 to 5. Zero is a true
/// zero and is shown.
/// </summary>
public static class Disclosure
{
    public const string SuppressedMark = "c";

    /// <summary>True when the figure must not be shown to a public audience.</summary>
    public static bool MustSuppress(IndicatorDefinition definition, IndicatorValue value)
    {
        if (!value.IsAvailable)
        {
            return false;
        }

        return definition.Unit switch
        {
            IndicatorUnit.Count => IsSmall(value.Value),
            IndicatorUnit.Percent => IsSmall(value.Numerator) || IsSmall(value.Denominator),
            _ => false,
        };
    }

    /// <summary>A count from 1 to 5, which a public document shows as "c".</summary>
    public static bool IsSmall(decimal? count) => count is >= 1m and <= 5m;
}
