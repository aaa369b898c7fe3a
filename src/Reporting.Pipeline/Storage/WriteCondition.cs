namespace Reporting.Pipeline.Storage;

/// <summary>When a write may go ahead: always, only if the object is absent, or only if it still has a known ETag.</summary>
public readonly record struct WriteCondition
{
    private WriteCondition(bool ifNotExists, string? ifMatch)
    {
        IfNotExists = ifNotExists;
        IfMatch = ifMatch;
    }

    public bool IfNotExists { get; }

    public string? IfMatch { get; }

    public static WriteCondition None => default;

    public static WriteCondition IfAbsent => new(true, null);

    public static WriteCondition IfETagMatches(string etag) => new(false, etag);

    /// <summary>Replace <paramref name="existingETag"/> when given, else create only if absent: how the manifest is published.</summary>
    public static WriteCondition Replacing(string? existingETag) => existingETag is null ? IfAbsent : IfETagMatches(existingETag);
}
