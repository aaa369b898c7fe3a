using System.Text.Json;
using Reporting.Pipeline.Storage;

namespace Reporting.Pipeline.Publishing;

/// <summary>
/// <c>manifest.json</c>, written last by a run: what went in (name, ETag, SHA-256), what came out
/// (where, digest), which version made it and when. Readers trust only what a manifest lists.
/// </summary>
public sealed record Manifest
{
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;

    public required string Council { get; init; }

    public required string Period { get; init; }

    /// <summary>Derived from the inputs, the generator version and the audiences: the same inputs give the same run id.</summary>
    public required string RunId { get; init; }

    public required string Generator { get; init; }

    /// <summary>SHA-256 over every input's name and digest, in name order.</summary>
    public required string InputsDigest { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required IReadOnlyList<ManifestInput> Inputs { get; init; }

    public required IReadOnlyList<ManifestOutput> Outputs { get; init; }

    public required int Errors { get; init; }

    public required int Warnings { get; init; }


    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, PublishedJson.Options);

    /// <summary>Reads a manifest; null when the bytes are not a manifest this version understands.</summary>
    public static Manifest? FromJson(byte[] json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<Manifest>(json, PublishedJson.Options);
            return manifest?.Schema == CurrentSchema ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The review PDFs, one per audience published (each audience's HTML review is listed too, under its own file name).</summary>
    public IEnumerable<ManifestOutput> ReviewDocuments() => Outputs.Where(o => o.Audience is not null && StoreLayout.ReviewDocumentAudience(o.File) is not null);

    /// <summary>The output for a file name such as "dfe-review.pdf", if published.</summary>
    public ManifestOutput? Output(string file) => Outputs.FirstOrDefault(o => o.File == file);
}
