namespace Reporting.Pipeline.MetricFiles.LookedAfter;

/// <summary>
/// One SSDA903 episode of care. <see cref="Child"/> is an opaque number standing for the CHILD id
/// within one upload, so records of one child can be joined without keeping the id. Invariants:
/// <see cref="Ceased"/>, when known, is on or after <see cref="Started"/>; <see cref="DistanceMiles"/>,
/// when known, is not negative. A value type: a council's episodes sit in one array each time they
/// are listed or grouped, not as tens of thousands of objects the garbage collector must trace and move.
/// </summary>
public readonly record struct CareEpisode(int Child, DateOnly Started, DateOnly? Ceased, string ReasonNew, string LegalStatus, string Placement, decimal? DistanceMiles)
{
    /// <summary>Open at the end of the day: started by then and not ceased by then.</summary>
    public bool OpenAt(DateOnly date) => Started <= date && (Ceased is null || Ceased > date);

    /// <summary>Any part of the episode falls within the range.</summary>
    public bool Overlaps(Reporting.Domain.Periods.DateRange range) => Started <= range.End && (Ceased is null || Ceased >= range.Start);
}
