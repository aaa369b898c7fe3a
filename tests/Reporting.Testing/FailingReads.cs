using System.Collections.Concurrent;
using Reporting.Pipeline.Storage;

namespace Reporting.Testing;

/// <summary>A store, except that reading anything under one prefix of the metrics fails as a broken disk would (while <see cref="Failing"/>).</summary>
public sealed class FailingReads(IObjectStore inner, string prefix) : IObjectStore
{
    /// <summary>Whether reads under the prefix fail; on from the start.</summary>
    public bool Failing { get; set; } = true;

    /// <summary>The names of the reads it failed, in order.</summary>
    public ConcurrentQueue<string> Refused { get; } = new();

    public string Description => inner.Description;

    public Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default) => inner.CreateContainerIfNotExistsAsync(container, cancellationToken);

    public Task<IReadOnlyList<StoredObjectInfo>> ListAsync(string container, string prefix1, CancellationToken cancellationToken = default) => inner.ListAsync(container, prefix1, cancellationToken);

    public Task<StoredObject?> GetAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        if (Failing && container == StoreLayout.MetricsContainer && name.StartsWith(prefix, StringComparison.Ordinal))
        {
            Refused.Enqueue(name);
            throw new IOException($"disk unplugged while reading {name}");
        }

        return inner.GetAsync(container, name, cancellationToken);
    }

    public Task<string> PutAsync(string container, string name, ReadOnlyMemory<byte> content, WriteCondition condition, string contentType, CancellationToken cancellationToken = default) =>
        inner.PutAsync(container, name, content, condition, contentType, cancellationToken);

    public Task<string> PutAsync(string container, string name, ReadOnlyMemory<byte> content, WriteCondition condition, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default) =>
        inner.PutAsync(container, name, content, condition, contentType, metadata, cancellationToken);

    public Task<IStoreLease?> TryAcquireLeaseAsync(string container, string name, TimeSpan duration, CancellationToken cancellationToken = default) => inner.TryAcquireLeaseAsync(container, name, duration, cancellationToken);

    public Task<bool> IsLeasedAsync(string container, string name, CancellationToken cancellationToken = default) => inner.IsLeasedAsync(container, name, cancellationToken);

    public Task<bool> BreakLeaseAsync(string container, string name, CancellationToken cancellationToken = default) => inner.BreakLeaseAsync(container, name, cancellationToken);

    public Task TagAsync(string container, string name, string key, string value, CancellationToken cancellationToken = default) => inner.TagAsync(container, name, key, value, cancellationToken);
}
