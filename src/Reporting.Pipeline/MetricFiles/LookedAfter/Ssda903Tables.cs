namespace Reporting.Pipeline.MetricFiles.LookedAfter;

/// <summary>
/// The quarter's SSDA903 tables as read: episodes grouped by child (null when episodes.csv was
/// missing or unusable), OC2 and OC3 (null when not uploaded or unusable). <see cref="DistanceKnown"/> is false when the
/// episodes carried neither PL_DISTANCE nor postcodes that the council's postcode book could place.
/// </summary>
public sealed record Ssda903Tables(
    EpisodesByChild? Episodes,
    IReadOnlyList<HealthOutcome>? Health,
    IReadOnlyList<CareLeaverOutcome>? CareLeavers,
    bool DistanceKnown)
{
    /// <summary>The episodes file's name as findings show it (with its quarter folder when read from a store).</summary>
    public string EpisodesName { get; init; } = Ssda903Files.Episodes;

    /// <summary>The OC2 file's name as findings show it.</summary>
    public string HealthName { get; init; } = Ssda903Files.HealthOutcomes;
}
