using Azure;
using Reporting.Pipeline.Storage;

namespace Reporting.Storage.Blob;

/// <summary>
/// The pipeline's <see cref="IObjectStore"/> over Blob Storage (Azure or Azurite), through
/// <see cref="BlobStoreClient"/>. This is the boundary where the client's
/// <see cref="RequestFailedException"/>s become <see cref="StoreException"/>s naming the
/// operation and blob; failed preconditions become <see cref="StoreConditionFailedException"/>.
/// ETags are given in their quoted header form. Thread-safe.
/// </summary>
public sealed class BlobObjectStore(BlobStoreClient client) : IObjectStore
{
    /// <summary>Shortest and longest lease the service grants (seconds); longer runs renew.</summary>
    private const int MinimumLeaseSeconds = 15;
    private const int MaximumLeaseSeconds = 60;

    public BlobObjectStore(StorageConnection connection, BlobStoreClientOptions? options = null)
        : this(new BlobStoreClient(connection, options))
    {
    }

    public BlobStoreClient Client { get; } = client;

    public string Description => Client.Connection.ToString();

    public Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default) =>
        Guard("create the container", container, string.Empty, () => Client.CreateContainerIfNotExistsAsync(container, cancellationToken));

    public Task<IReadOnlyList<StoredObjectInfo>> ListAsync(string container, string prefix, CancellationToken cancellationToken = default) =>
        Guard("list", container, prefix + "*", async () =>
        {
            var blobs = await Client.ListBlobsAsync(container, prefix, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<StoredObjectInfo>)blobs
                .Select(b => new StoredObjectInfo(b.Name, b.Length, b.ETag.ToString("H")))
                .OrderBy(b => b.Name, StringComparer.Ordinal)
                .ToList();
        });

    public Task<StoredObject?> GetAsync(string container, string name, CancellationToken cancellationToken = default) =>
        Guard("read", container, name, async () =>
        {
            var blob = await Client.GetBlobAsync(container, name, cancellationToken).ConfigureAwait(false);
            return blob is null ? null : new StoredObject(name, blob.Content, blob.ETag.ToString("H"));
        });

    public Task<string> PutAsync(string container, string name, ReadOnlyMemory<byte> content, WriteCondition condition, string contentType, CancellationToken cancellationToken = default) =>
        Guard("write", container, name, async () =>
        {
            var conditions = new BlobConditions(condition.IfNotExists, condition.IfMatch is { } etag ? new ETag(etag) : null);
            var written = await Client.PutBlobAsync(container, name, content, contentType, conditions, cancellationToken).ConfigureAwait(false);
            return written.ToString("H");
        });

    public Task<IStoreLease?> TryAcquireLeaseAsync(string container, string name, TimeSpan duration, CancellationToken cancellationToken = default) =>
        Guard("acquire a lease on", container, name, async () =>
        {
            await CreateLockBlobAsync(container, name, cancellationToken).ConfigureAwait(false);
            var seconds = (int)Math.Clamp(Math.Ceiling(duration.TotalSeconds), MinimumLeaseSeconds, MaximumLeaseSeconds);
            var leaseId = await Client.AcquireLeaseAsync(container, name, seconds, cancellationToken).ConfigureAwait(false);
            return leaseId is null ? null : (IStoreLease)new BlobLease(this, container, name, leaseId);
        });

    public Task<bool> IsLeasedAsync(string container, string name, CancellationToken cancellationToken = default) =>
        Guard("read the lease on", container, name, () => Client.IsLeasedAsync(container, name, cancellationToken));

    private static async Task<T> Guard<T>(string operation, string container, string name, Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 412 || e.ErrorCode is "BlobAlreadyExists" or "ConditionNotMet")
        {
            throw new StoreConditionFailedException(operation, container, name, ConditionMessage(e), e);
        }
        catch (RequestFailedException e) when (e.Status != 0)
        {
            throw new StoreException(operation, container, name, e.Message, e);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or IOException or AggregateException or TaskCanceledException { CancellationToken.IsCancellationRequested: false })
        {
            // After its last retry Azure.Core throws an AggregateException of every attempt's failure.
            var last = e is AggregateException { InnerExceptions.Count: > 0 } all ? all.InnerExceptions[^1] : e;
            throw new StoreException(operation, container, name, $"the blob service did not answer, even after retries ({last.Message}). Check that the storage account (or Azurite) is reachable.", e);
        }
    }

    private static Task Guard(string operation, string container, string name, Func<Task> action) =>
        Guard(operation, container, name, async () =>
        {
            await action().ConfigureAwait(false);
            return true;
        });

    /// <summary>Creates the empty lock blob if absent, creating the container only when it is missing (not on every run).</summary>
    private async Task CreateLockBlobAsync(string container, string name, CancellationToken cancellationToken, bool containerJustCreated = false)
    {
        try
        {
            await Client.PutBlobAsync(container, name, ReadOnlyMemory<byte>.Empty, "application/octet-stream", new BlobConditions(IfNoneMatchAny: true), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // The lock blob exists already (and may be leased): that is the normal case.
        }
        catch (RequestFailedException e) when (e.Status == 404 && !containerJustCreated)
        {
            await Client.CreateContainerIfNotExistsAsync(container, cancellationToken).ConfigureAwait(false);
            await CreateLockBlobAsync(container, name, cancellationToken, containerJustCreated: true).ConfigureAwait(false);
        }
    }

    private static string ConditionMessage(RequestFailedException e) => e.ErrorCode == "BlobAlreadyExists"
        ? "it already exists (another run wrote it first)."
        : "it changed since it was read (another run published meanwhile); read it again and retry.";

    /// <summary>A held blob lease; disposing releases it (best effort: an expired lease frees itself).</summary>
    private sealed class BlobLease(BlobObjectStore store, string container, string name, string leaseId) : IStoreLease
    {
        private int _released;

        public string LeaseId { get; } = leaseId;

        public Task RenewAsync(CancellationToken cancellationToken = default) =>
            Guard("renew the lease on", container, name, () => store.Client.RenewLeaseAsync(container, name, LeaseId, cancellationToken));

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                try
                {
                    await store.Client.ReleaseLeaseAsync(container, name, LeaseId).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Expired, already broken, or the service unreachable: the lease frees itself
                    // within its duration, and a run that has published must not fail here.
                }
            }
        }
    }
}
