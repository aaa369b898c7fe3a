namespace Reporting.Pipeline.MetricFiles.LookedAfter;

/// <summary>
/// One SSDA903 episode of care. <see cref="Child"/> is an opaque number standing for the CHILD id
/// within one upload, so records of one child can be joined without keeping the id. Invariants:
/// <see cref="Ceased"/>, when known, is on or after <see cref="Started"/>; <see cref="DistanceMiles"/>,
/// when known, is not negative.
/// </summary>
public sealed record CareEpisode(int Child, DateOnly Started, DateOnly? Ceased, string ReasonNew, string LegalStatus, string Placement, decimal? DistanceMiles)
{
    /// <summary>Open at the end of the day: started by then and not ceased by then.</summary>
    public bool OpenAt(DateOnly date) => Started <= date && (Ceased is null || Ceased > date);

    /// <summary>Any part of the episode falls within the range.</summary>
    public bool Overlaps(Reporting.Domain.Periods.DateRange range) => Started <= range.End && (Ceased is null || Ceased >= range.Start);
}

/// <summary>Health items of one child from OC2, the outcomes of children looked after 12 months or more.</summary>
public sealed record HealthOutcome(int Child, bool HealthAssessmentUpToDate);

/// <summary>One care leaver from OC3: age at the quarter end and activity code.</summary>
public sealed record CareLeaverOutcome(int Child, DateOnly BirthDate, string Activity);

/// <summary>
/// Stands in for CHILD ids within one quarter's SSDA903 tables: each distinct id gets a number, so
/// episodes, OC2 and OC3 rows join up while the ids themselves are dropped after reading.
/// </summary>
public sealed class ChildNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.OrdinalIgnoreCase);

    public int For(string childId)
    {
        var key = childId.Trim();
        if (!_numbers.TryGetValue(key, out var number))
        {
            number = _numbers.Count + 1;
            _numbers[key] = number;
        }

        return number;
    }
}
