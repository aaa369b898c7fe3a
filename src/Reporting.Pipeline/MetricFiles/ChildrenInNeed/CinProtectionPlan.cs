namespace Reporting.Pipeline.MetricFiles.ChildrenInNeed;

/// <summary>A child protection plan: its start and the number of previous plans the census recorded.</summary>
public sealed record CinProtectionPlan(DateOnly Started, int? PreviousPlans);
