namespace Reporting.Pipeline.Publishing;

/// <summary>An input file as it was read.</summary>
public sealed record ManifestInput(string Name, string ETag, string Sha256, long Length);
