namespace Reporting.Pipeline.MetricFiles;

/// <summary>A file the data contract expects in a quarter folder, and what it holds, for people.</summary>
public sealed record ExpectedUpload(string Name, string Holds);
