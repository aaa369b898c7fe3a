using Reporting.Pipeline.Publishing;

namespace Reporting.Pipeline.Runs;

/// <summary>
/// A quarter's <c>manifest.json</c> as it stands, and its ETag, which the next publication's
/// manifest replaces conditionally; both null when nothing is published yet.
/// </summary>
public sealed record PublicationInForce(Manifest? Manifest, string? ETag)
{
    /// <summary>Nothing published for the quarter.</summary>
    public static PublicationInForce None { get; } = new(null, null);
}
