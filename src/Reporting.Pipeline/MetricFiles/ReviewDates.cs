namespace Reporting.Pipeline.MetricFiles;

/// <summary>The issue date of a quarter's documents and the meeting they are for, when known.</summary>
public sealed record ReviewDates(DateOnly Issued, DateOnly? Meeting);
