namespace Reporting.Pipeline.Storage;

/// <summary>An object's content and ETag.</summary>
public sealed record StoredObject(string Name, byte[] Content, string ETag);
