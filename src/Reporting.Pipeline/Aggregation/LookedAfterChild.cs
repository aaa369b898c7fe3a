using Reporting.Pipeline.MetricFiles.LookedAfter;

namespace Reporting.Pipeline.Aggregation;

/// <summary>A child in the looked-after cohort at quarter end, with what the indicators need.</summary>
public sealed record LookedAfterChild(int Child, CareEpisode Current, DateOnly PeriodOfCareStarted, int PlacementsInYear);
