using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Reporting.Pipeline.Storage;

namespace Reporting.Storage.Blob;

/// <summary>
/// The pipeline's <see cref="IObjectStore"/> over Blob Storage (Azure or Azurite) through the Azure
/// SDK: <see cref="BlobContainerClient"/> for objects, <see cref="BlobLeaseClient"/> for run locks,
/// request conditions for conditional writes. This is the boundary where the SDK's
/// <see cref="RequestFailedException"/>s become <see cref="StoreException"/>s naming the operation
/// and blob; failed preconditions become <see cref="StoreConditionFailedException"/>. Retries are
/// the client's (configured on its <see cref="BlobClientOptions"/>). ETags are given in their quoted
/// header form. Thread-safe.
/// </summary>
public sealed class BlobObjectStore(BlobServiceClient service) : IObjectStore
{
    /// <summary>Shortest and longest lease the service grants (seconds); longer runs renew.</summary>
    private const int MinimumLeaseSeconds = 15;
    private const int MaximumLeaseSeconds = 60;

    /// <summary>The service's answers when a lease, not an ETag, stopped the operation.</summary>
    private static readonly HashSet<string> LeaseConflicts = new(StringComparer.Ordinal)
    {
        BlobErrorCode.LeaseIdMissing.ToString(),
        BlobErrorCode.LeaseIdMismatchWithBlobOperation.ToString(),
        BlobErrorCode.LeaseIdMismatchWithLeaseOperation.ToString(),
        BlobErrorCode.LeaseNotPresentWithBlobOperation.ToString(),
        BlobErrorCode.LeaseNotPresentWithLeaseOperation.ToString(),
        BlobErrorCode.LeaseLost.ToString(),
        BlobErrorCode.LeaseIsBrokenAndCannotBeRenewed.ToString(),
    };

    public BlobServiceClient Service { get; } = service;

    public string Description => $"blob {Service.Uri.AbsoluteUri.TrimEnd('/')}";

    public Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default) =>
        Guard("create the container", container, string.Empty, () => Service.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken));

    public Task<IReadOnlyList<StoredObjectInfo>> ListAsync(string container, string prefix, CancellationToken cancellationToken = default) =>
        Guard("list", container, prefix + "*", async () =>
        {
            var listed = new List<StoredObjectInfo>();
            try
            {
                await foreach (var blob in Service.GetBlobContainerClient(container).GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken).ConfigureAwait(false))
                {
                    var metadata = blob.Metadata is { Count: > 0 } m ? m.ToDictionary(p => p.Key, p => Uri.UnescapeDataString(p.Value), StringComparer.Ordinal) : null;
                    listed.Add(new StoredObjectInfo(blob.Name, blob.Properties.ContentLength ?? 0, blob.Properties.ETag?.ToString("H") ?? string.Empty, blob.Properties.LastModified, metadata));
                }
            }
            catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                return (IReadOnlyList<StoredObjectInfo>)[];
            }

            return listed.OrderBy(b => b.Name, StringComparer.Ordinal).ToList();
        });

    public Task<StoredObject?> GetAsync(string container, string name, CancellationToken cancellationToken = default) =>
        Guard("read", container, name, async () =>
        {
            try
            {
                var download = await Service.GetBlobContainerClient(container).GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                return new StoredObject(name, download.Value.Content.ToArray(), download.Value.Details.ETag.ToString("H"));
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
        });

    public Task<string> PutAsync(string container, string name, ReadOnlyMemory<byte> content, WriteCondition condition, string contentType, CancellationToken cancellationToken = default) =>
        PutAsync(container, name, content, condition, contentType, IObjectStore.NoMetadata, cancellationToken);

    public Task<string> PutAsync(string container, string name, ReadOnlyMemory<byte> content, WriteCondition condition, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default) =>
        Guard("write", container, name, async () =>
        {
            var options = new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                // Metadata travels as HTTP headers, which carry ASCII only: values are percent-encoded (and decoded when listed).
                Metadata = metadata.Count == 0 ? null : metadata.ToDictionary(p => p.Key, p => Uri.EscapeDataString(p.Value), StringComparer.Ordinal),
                Conditions = condition switch
                {
                    { IfNotExists: true } => new BlobRequestConditions { IfNoneMatch = ETag.All },
                    { IfMatch: { } etag } => new BlobRequestConditions { IfMatch = new ETag(etag) },
                    _ => null,
                },
            };
            var written = await Service.GetBlobContainerClient(container).GetBlobClient(name).UploadAsync(new BinaryData(content), options, cancellationToken).ConfigureAwait(false);
            return written.Value.ETag.ToString("H");
        });

    public Task<IStoreLease?> TryAcquireLeaseAsync(string container, string name, TimeSpan duration, CancellationToken cancellationToken = default) =>
        Guard("acquire a lease on", container, name, async () =>
        {
            var blob = Service.GetBlobContainerClient(container).GetBlobClient(name);
            await CreateLockBlobAsync(blob, cancellationToken).ConfigureAwait(false);
            var seconds = (int)Math.Clamp(Math.Ceiling(duration.TotalSeconds), MinimumLeaseSeconds, MaximumLeaseSeconds);
            var lease = blob.GetBlobLeaseClient();
            try
            {
                await lease.AcquireAsync(TimeSpan.FromSeconds(seconds), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.LeaseAlreadyPresent)
            {
                return null;
            }

            return (IStoreLease?)new BlobLease(lease, container, name);
        });

    public Task<bool> IsLeasedAsync(string container, string name, CancellationToken cancellationToken = default) =>
        Guard("read the lease on", container, name, async () =>
        {
            try
            {
                var properties = await Service.GetBlobContainerClient(container).GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                return properties.Value.LeaseState == LeaseState.Leased;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return false;
            }
        });

    public Task TagAsync(string container, string name, string key, string value, CancellationToken cancellationToken = default) =>
        Guard("tag", container, name, () => Service.GetBlobContainerClient(container).GetBlobClient(name).SetTagsAsync(new Dictionary<string, string> { [key] = value }, cancellationToken: cancellationToken));

    public Task<bool> BreakLeaseAsync(string container, string name, CancellationToken cancellationToken = default) =>
        Guard("break the lease on", container, name, async () =>
        {
            try
            {
                var blob = Service.GetBlobContainerClient(container).GetBlobClient(name);
                if ((await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.LeaseState != LeaseState.Leased)
                {
                    return false;
                }

                await blob.GetBlobLeaseClient().BreakAsync(TimeSpan.Zero, cancellationToken: cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 404 || e.ErrorCode == BlobErrorCode.LeaseNotPresentWithLeaseOperation)
            {
                return false;
            }
        });

    private static async Task<T> Guard<T>(string operation, string container, string name, Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 412 || e.ErrorCode == BlobErrorCode.BlobAlreadyExists || e.ErrorCode == BlobErrorCode.ConditionNotMet)
        {
            throw new StoreConditionFailedException(operation, container, name, ConditionMessage(e), e);
        }
        catch (RequestFailedException e) when (e.Status != 0)
        {
            throw new StoreException(operation, container, name, $"Blob Storage answered HTTP {e.Status} {e.ErrorCode}. {Advice(e)}".TrimEnd(), e);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or IOException or AggregateException or TaskCanceledException { CancellationToken.IsCancellationRequested: false })
        {
            // After its last retry the SDK throws an AggregateException of every attempt's failure.
            var last = e is AggregateException { InnerExceptions.Count: > 0 } all ? all.InnerExceptions[^1] : e;
            throw new StoreException(operation, container, name, $"the blob service did not answer, even after retries ({last.Message.Split('\n')[0].Trim()}). Check that the storage account (or Azurite) is reachable.", e);
        }
    }

    private static Task<bool> Guard(string operation, string container, string name, Func<Task> action) =>
        Guard(operation, container, name, async () =>
        {
            await action().ConfigureAwait(false);
            return true;
        });

    /// <summary>Creates the empty lock blob if absent, creating the container only when it is missing (not on every run).</summary>
    private static async Task CreateLockBlobAsync(BlobClient blob, CancellationToken cancellationToken, bool containerJustCreated = false)
    {
        try
        {
            await blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // The lock blob exists already (and may be leased): that is the normal case.
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound && !containerJustCreated)
        {
            await blob.GetParentBlobContainerClient().CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await CreateLockBlobAsync(blob, cancellationToken, containerJustCreated: true).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Why a precondition failed: the blob exists, another run holds a lease on it, or (an ETag
    /// condition, <c>ConditionNotMet</c>) it changed since it was read. All three answer 412 or 409.
    /// </summary>
    private static string ConditionMessage(RequestFailedException e) =>
        e.ErrorCode == BlobErrorCode.BlobAlreadyExists ? "it already exists (another run wrote it first)."
        : IsLeaseConflict(e) ? $"another run holds a lease on it ({e.ErrorCode}), so it was not changed; wait for that run to finish, or break its lock if that run died."
        : "it changed since it was read (another run published meanwhile); read it again and retry.";

    private static bool IsLeaseConflict(RequestFailedException e) => e.ErrorCode is { } code && LeaseConflicts.Contains(code);

    private static string Advice(RequestFailedException e) => (e.Status, e.ErrorCode) switch
    {
        (409, _) when IsLeaseConflict(e) => "The lease was lost: it expired or was broken, and another run may hold it now.",
        (401 or 403, _) => "Check the connection string's account key, or that the app's identity has the 'Storage Blob Data Contributor' role on the account.",
        (404, _) => "Check the storage account name and that the container exists.",
        (>= 500, _) => "The service kept failing after retries; try again later.",
        _ => string.Empty,
    };

    /// <summary>A held blob lease; disposing releases it (best effort: an expired lease frees itself).</summary>
    private sealed class BlobLease(BlobLeaseClient lease, string container, string name) : IStoreLease
    {
        private int _released;

        public string LeaseId => lease.LeaseId;

        public Task RenewAsync(CancellationToken cancellationToken = default) =>
            Guard("renew the lease on", container, name, () => lease.RenewAsync(cancellationToken: cancellationToken));

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                try
                {
                    await lease.ReleaseAsync().ConfigureAwait(false);
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
