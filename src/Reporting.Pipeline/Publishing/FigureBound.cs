using Reporting.Domain.Indicators;

namespace Reporting.Pipeline.Publishing;

/// <summary>
/// How far an indicator's figure may move against the publication in force before the move needs a
/// confirmation: by <see cref="Points"/> percentage points, or by <see cref="Share"/> of the figure in
/// force. Exactly one of the two is set. <see cref="Rule"/> is the row as docs/data-contract.md prints it.
/// </summary>
public sealed record FigureBound(IndicatorUnit Unit, decimal? Points, decimal? Share, string Rule)
{
    /// <summary>Whether a move from <paramref name="was"/> to <paramref name="now"/> (both as shown) goes beyond this bound.</summary>
    public bool IsExceeded(decimal was, decimal now) =>
        Points is { } points ? Math.Abs(now - was) > points
        : was == 0m ? now != 0m
        : Math.Abs(now - was) > Share!.Value * Math.Abs(was);
}
