namespace Reporting.Pipeline.MetricFiles.LookedAfter;

/// <summary>
/// DfE's placement distance: the straight line between the home and placement postcodes'
/// grid references, <c>sqrt((E_home − E_pl)² + (N_home − N_pl)²) / 1000 / 1.6093</c> miles, to one
/// decimal place. "More than 20 miles" compares the rounded figure, as DfE publishes it.
/// </summary>
public static class PlacementDistance
{
    public const decimal MetresPerKilometre = 1000m;

    public const decimal KilometresPerMile = 1.6093m;

    /// <summary>Miles between two OS grid references (metres), one decimal.</summary>
    public static decimal Miles(decimal homeEasting, decimal homeNorthing, decimal placementEasting, decimal placementNorthing)
    {
        var east = (double)(homeEasting - placementEasting);
        var north = (double)(homeNorthing - placementNorthing);
        var metres = (decimal)Math.Sqrt((east * east) + (north * north));
        return Math.Round(metres / MetresPerKilometre / KilometresPerMile, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>True when a distance counts as "placed more than 20 miles from home".</summary>
    public static bool OverTwentyMiles(decimal miles) => miles > 20m;
}
