namespace Reporting.Pipeline.MetricFiles.Workforce;

/// <summary>
/// One children and family social worker from a workforce upload: in post at the quarter end
/// or left in the 12 months before it. Invariants: <see cref="Fte"/> is in (0, 1]; when both
/// dates are known, <see cref="End"/> is on or after <see cref="Start"/>; <see cref="Cases"/> is
/// not negative. <see cref="Fte"/> is the FTE in post, or at leaving for a leaver. No personal
/// identifier is kept.
/// </summary>
public sealed record SocialWorker(
    string Team,
    OrgRole? Role,
    bool Agency,
    decimal Fte,
    DateOnly? Start,
    DateOnly? End,
    int? Cases,
    EntryRoute Route)
{
    /// <summary>In post at the end of the day <paramref name="date"/>: started by then and not left by then.</summary>
    public bool InPostAt(DateOnly date) => (Start is null || Start <= date) && (End is null || End > date);

    /// <summary>Holds one or more cases (what DfE's caseload counts).</summary>
    public bool HoldsCases => Cases is > 0;

    /// <summary>Came in through a newly qualified route (graduate, Step Up, Frontline).</summary>
    public bool NewlyQualified => Route is EntryRoute.Graduate or EntryRoute.StepUp or EntryRoute.Frontline;
}
