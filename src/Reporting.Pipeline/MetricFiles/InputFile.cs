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

    /// <summary>
    /// Stops the reading of this file: the readers observe it between records, so a check whose
    /// request has been answered (its time budget spent, or its client gone) stops working too.
    /// </summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>
    /// The file as text when it is UTF-8 (without a byte-order mark); null when it is not, and the
    /// reader says what to do: how every text config file (council name, baseline, context,
    /// commentary) is decoded, strictly, so no file is read with replacement characters.
    /// </summary>
    public string? Utf8Text() =>
        System.Text.Unicode.Utf8.IsValid(Content) ? System.Text.Encoding.UTF8.GetString(Content).TrimStart('\uFEFF') : null;

    /// <summary>The file name without folders, e.g. "measures.csv".</summary>
    public string FileName => Name[(Name.LastIndexOf('/') + 1)..];
}
