using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reporting.Storage.Folder;

/// <summary>
/// An object's metadata in the folder store, kept in a JSON file of its own under <c>.metadata/</c>,
/// with the content it was written with: its ETag and SHA-256 ("content-etag" cannot be a metadata
/// key, which has no hyphen).
/// </summary>
internal sealed record MetadataSidecar(
    [property: JsonPropertyName(MetadataSidecar.ContentETagName)] string ContentETag,
    [property: JsonPropertyName("content-sha256")] string? ContentSha256,
    [property: JsonPropertyName("metadata")] IReadOnlyDictionary<string, string> Metadata)
{
    private const string ContentETagName = "content-etag";

    /// <summary>
    /// Replaces the sidecar with one naming the content just written (none when there is no metadata,
    /// as a write on Blob Storage replaces the metadata).
    /// </summary>
    public static void Write(string temporaryFolder, string path, string contentETag, ReadOnlySpan<byte> content, IReadOnlyDictionary<string, string> metadata)
    {
        if (metadata.Count == 0)
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            return;
        }

        var sidecar = new MetadataSidecar(contentETag, ContentHash(content), metadata);
        StoredFile.WriteAtomically(temporaryFolder, path, JsonSerializer.SerializeToUtf8Bytes(sidecar));
    }

    /// <summary>
    /// An object's metadata, when its sidecar names the content it describes: the same ETag, or, for a
    /// file copied without its modification time (a copy, a checkout, a restore), the same SHA-256
    /// (the file is then read again to hash it, on every listing until it is written again). A sidecar
    /// written before sidecars named their content (a plain map) is taken as it is.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? Read(string path, FileInfo file)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (!root.TryGetProperty(ContentETagName, out _))
        {
            return root.Deserialize<Dictionary<string, string>>();
        }

        var sidecar = root.Deserialize<MetadataSidecar>();
        if (sidecar is null || (sidecar.ContentETag != StoredFile.ETagOf(file) && sidecar.ContentSha256 != ContentHash(file)))
        {
            return null;
        }

        return sidecar.Metadata;
    }

    private static string ContentHash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static string ContentHash(FileInfo file)
    {
        using var stream = file.OpenRead();
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
