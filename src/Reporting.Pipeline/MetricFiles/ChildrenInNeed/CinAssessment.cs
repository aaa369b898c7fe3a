namespace Reporting.Pipeline.MetricFiles.ChildrenInNeed;

/// <summary>An assessment: when it started and, once done, when it was authorised (on or after the start).</summary>
public sealed record CinAssessment(DateOnly Started, DateOnly? Authorised);
