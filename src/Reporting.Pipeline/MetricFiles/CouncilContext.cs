namespace Reporting.Pipeline.MetricFiles;

/// <summary>The council's context for public readers and who to contact, as Markdown source.</summary>
public sealed record CouncilContext(string? Context, string? Contact);
