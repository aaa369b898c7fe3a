namespace Reporting.Pipeline.Quarters;

/// <summary>The publication in force: run id, when it finished, its files, and the input findings counted.</summary>
public sealed record PublishedRun(string RunId, DateTimeOffset FinishedAt, IReadOnlyList<string> Files, int Errors, int Warnings);
