namespace Reporting.Pipeline.MetricFiles.LookedAfter;

/// <summary>One care leaver from OC3: age at the quarter end and activity code.</summary>
public readonly record struct CareLeaverOutcome(int Child, DateOnly BirthDate, string Activity);
