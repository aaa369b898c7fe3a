namespace Reporting.Pipeline.MetricFiles.LookedAfter;

/// <summary>Health items of one child from OC2, the outcomes of children looked after 12 months or more.</summary>
public readonly record struct HealthOutcome(int Child, bool HealthAssessmentUpToDate);
