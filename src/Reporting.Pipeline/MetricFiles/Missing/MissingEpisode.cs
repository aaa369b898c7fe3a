namespace Reporting.Pipeline.MetricFiles.Missing;

/// <summary>
/// One episode of a child missing (<c>M</c>) or away without authorisation (<c>A</c>), with its
/// return home interview where recorded. Invariants: <see cref="End"/>, when known, is on or after
/// <see cref="Start"/>; <see cref="InterviewDate"/>, when known, is on or after <see cref="End"/>.
/// No child identifier or date of birth is kept, nor the cohort (checked, but no indicator splits by
/// it): the episode holds no reference, so a council's list of them is one block the garbage collector
/// never scans, copied as plain memory when it grows.
/// </summary>
public readonly record struct MissingEpisode(bool Missing, DateOnly Start, DateOnly? End, bool? InterviewOffered, DateOnly? InterviewDate)
{
    /// <summary>The interview took place no more than 72 hours after the return: with dates only, within 3 calendar days of it.</summary>
    public bool InterviewWithin72Hours => End is { } end && InterviewDate is { } held && held.DayNumber - end.DayNumber <= 3;
}
