namespace Reporting.Pipeline.Storage;

/// <summary>
/// The few Blob Storage operations the pipeline needs, with Blob semantics: named objects in
/// containers, listing by prefix, ETags, conditional writes and leases. Implemented by the
/// folder store (the embedded default) and the Blob REST client. Implementations are
/// thread-safe. Failures surface as <see cref="StoreException"/> naming the object and the
/// operation; a failed condition is <see cref="StoreConditionFailedException"/>.
/// </summary>
public interface IObjectStore
{
    /// <summary>No metadata: what a plain write keeps.</summary>
    static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>();

    /// <summary>Where the store is, for messages ("folder ./store", "blob http://127.0.0.1:10000/devstoreaccount1").</summary>
    string Description { get; }

    /// <summary>Creates the container when it does not exist yet.</summary>
    Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default);

    /// <summary>Every object whose name starts with <paramref name="prefix"/>, in ordinal name order. An absent container lists nothing.</summary>
    Task<IReadOnlyList<StoredObjectInfo>> ListAsync(string container, string prefix, CancellationToken cancellationToken = default);

    /// <summary>The object's content and ETag, or null when it does not exist.</summary>
    Task<StoredObject?> GetAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>Writes the whole object atomically when <paramref name="condition"/> holds; returns the new ETag. The object keeps no metadata.</summary>
    Task<string> PutAsync(string container, string name, ReadOnlyMemory<byte> content, WriteCondition condition, string contentType, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="PutAsync(string, string, ReadOnlyMemory{byte}, WriteCondition, string, CancellationToken)"/>, and the object
    /// keeps <paramref name="metadata"/> (keys: lower-case ASCII letters and digits; values: any text), which
    /// <see cref="ListAsync"/> returns: who uploaded a file, for instance (<see cref="StoreLayout.UploadedByMetadata"/>).
    /// </summary>
    Task<string> PutAsync(string container, string name, ReadOnlyMemory<byte> content, WriteCondition condition, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes an exclusive lease on a lock object (created if absent) for <paramref name="duration"/>,
    /// or returns null when someone else holds it. Disposing the lease releases it.
    /// </summary>
    Task<IStoreLease?> TryAcquireLeaseAsync(string container, string name, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether anyone (this process or another) holds an unexpired lease on the lock object: how a
    /// status request sees a run started on another instance. False when the object does not exist.
    /// </summary>
    Task<bool> IsLeasedAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends any lease on the lock object at once, whoever holds it, so it can be taken again: how an
    /// operator frees the lock of a run that died. True when a lease was held; false when none was
    /// (or the object does not exist).
    /// </summary>
    Task<bool> BreakLeaseAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a tag on an object (a blob index tag on Blob Storage, where lifecycle rules act on it).
    /// The folder store has no lifecycle management and keeps no tags.
    /// </summary>
    Task TagAsync(string container, string name, string key, string value, CancellationToken cancellationToken = default);
}
