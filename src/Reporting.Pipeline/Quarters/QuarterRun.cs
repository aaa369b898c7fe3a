namespace Reporting.Pipeline.Quarters;

/// <summary>
/// One run of a quarter that published: its id, when it finished, the audiences whose reviews it made,
/// whether its manifest is the one in force, the audiences whose reviews from it are still in force,
/// and the reviews it made that can still be read from its folder (none when it kept no copy of its manifest).
/// </summary>
public sealed record QuarterRun(string RunId, DateTimeOffset? FinishedAt, IReadOnlyList<string> Audiences, bool InForce, IReadOnlyList<string> StillInForce, IReadOnlyList<RunReview> Readable)
{
    /// <summary>Nothing it published is in force any more.</summary>
    public bool Superseded => !InForce && StillInForce.Count == 0;
}
