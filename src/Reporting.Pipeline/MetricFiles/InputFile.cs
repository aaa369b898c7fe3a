using System.Security.Cryptography;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// An uploaded file as collected from the store: its name as people see it (relative to the
/// council's folder, e.g. "2016-17-Q2/measures.csv" or "config/targets.csv"), its bytes, ETag
/// and SHA-256 (recorded in the manifest for provenance and change detection).
/// </summary>
public sealed record InputFile(string Name, byte[] Content, string ETag)
{
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Content));

    /// <summary>The file name without folders, e.g. "measures.csv".</summary>
    public string FileName => Name[(Name.LastIndexOf('/') + 1)..];
}
