namespace Reporting.Pipeline.Storage;

/// <summary>An object's name, size and ETag, as listed; when it was last written and its metadata, where the store knows them.</summary>
public sealed record StoredObjectInfo(string Name, long Length, string ETag, DateTimeOffset? LastModified = null, IReadOnlyDictionary<string, string>? Metadata = null);
