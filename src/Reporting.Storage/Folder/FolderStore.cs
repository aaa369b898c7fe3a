using Reporting.Pipeline.Storage;

namespace Reporting.Storage.Folder;

/// <summary>
/// The embedded default store: a folder standing in for Blob Storage, with the same semantics.
/// Each container is a sub-folder and object names map to relative paths ("933/2016-17-Q2/measures.csv").
/// Writes are atomic (a temporary file renamed into place), every write gives a new ETag (the
/// file's modification time and length, as Blob Storage gives a new ETag per write), conditional
/// writes compare ETags under a lock, and leases are lock files with an expiry, created with
/// create-new semantics so two processes cannot both take a free lease (in one process, taking,
/// renewing, releasing and breaking a lease queue behind the same gate, so a late renewal cannot
/// overwrite a newer holder's lease; across processes only taking a lease is guarded). Names are checked so
/// nothing can escape the root. An object's metadata is a JSON sidecar under <c>.metadata/</c> beside
/// the containers (its container and name below that), so listings see only the objects.
/// </summary>
public sealed class FolderStore : IObjectStore
{
    private const string TemporaryFolder = ".tmp";
    private const string LeaseSuffix = ".lease";
    private const string MetadataFolder = ".metadata";

    private readonly string _root;
    private readonly string _temporaryFolder;
    private readonly TimeProvider _time;
    // Writers to the same path, and a lease's holders, queue behind one of a fixed set of gates (bounded
    // however many paths a long-running serve writes); other processes are kept out by the file operations.
    private readonly SemaphoreSlim[] _gates = Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public FolderStore(string root, TimeProvider? timeProvider = null)
    {
        _root = Path.GetFullPath(root);
        _temporaryFolder = Path.Combine(_root, TemporaryFolder);
        _time = timeProvider ?? TimeProvider.System;
    }

    public string Description => $"folder {_root}";

    /// <summary>The folder the store lives in.</summary>
    public string Root => _root;

    /// <summary>Where an object is on disk, e.g. to print the path of a published document.</summary>
    public string PathOf(string container, string name) => ResolvePath(container, name, "locate");

    public Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default)
    {
        Guard("create container", container, string.Empty, () => Directory.CreateDirectory(ContainerPath(container)));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StoredObjectInfo>> ListAsync(string container, string prefix, CancellationToken cancellationToken = default)
    {
        var folder = ContainerPath(container);
        IReadOnlyList<StoredObjectInfo> result = Guard("list", container, prefix, () =>
        {
            // Walk only the folder the prefix names ("933/2016-17-Q2/"), not the whole container.
            var start = prefix.LastIndexOf('/') is var slash and >= 0 ? Path.Combine(folder, prefix[..slash]) : folder;
            if (prefix.Split('/').Any(segment => segment is "." or "..") || !Directory.Exists(start))
            {
                return [];
            }

            return Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && !name.EndsWith(LeaseSuffix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(name =>
                {
                    var file = new FileInfo(Path.Combine(folder, name));
                    return new StoredObjectInfo(name, file.Length, StoredFile.ETagOf(file), new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero), MetadataSidecar.Read(MetadataPath(container, name), file));
                })
                .ToList();
        });
        return Task.FromResult(result);
    }

    public Task<StoredObject?> GetAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var path = ResolvePath(container, name, "read");
        var result = Guard("read", container, name, () =>
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var (content, etag) = StoredFile.ReadWithETag(path);
            return new StoredObject(name, content, etag);
        });
        return Task.FromResult(result);
    }

    public Task<string> PutAsync(string container, string name, ReadOnlyMemory<byte> content, WriteCondition condition, string contentType, CancellationToken cancellationToken = default) =>
        PutAsync(container, name, content, condition, contentType, IObjectStore.NoMetadata, cancellationToken);

    public async Task<string> PutAsync(string container, string name, ReadOnlyMemory<byte> content, WriteCondition condition, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        var path = ResolvePath(container, name, "write");
        var gate = GateFor(path);
        await gate.WaitAsync(cancellationToken);
        try
        {
            return Guard("write", container, name, () =>
            {
                var exists = File.Exists(path);
                if (condition.IfNotExists && exists)
                {
                    throw new StoreConditionFailedException("write", container, name, "it already exists and the write was conditional on its absence.");
                }

                if (condition.IfMatch is { } expected && (!exists || StoredFile.CurrentETag(path) != expected))
                {
                    throw new StoreConditionFailedException("write", container, name, "it changed since it was read (ETag mismatch), so the write was not made. Run again.");
                }

                // A write replaces the metadata (none leaves none), as on Blob Storage. The content
                // first, then the metadata naming the content (its ETag, taken from the file before it
                // was renamed into place, and its SHA-256): a write that stopped between the two leaves
                // metadata that names other content, which is then not shown, rather than one upload's
                // metadata (who, when) shown against another's content.
                var etag = StoredFile.WriteAtomically(_temporaryFolder, path, content.Span);
                MetadataSidecar.Write(_temporaryFolder, MetadataPath(container, name), etag, content.Span, metadata);
                return etag;
            });
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<IStoreLease?> TryAcquireLeaseAsync(string container, string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var path = ResolvePath(container, name, "lease") + LeaseSuffix;
        var gate = GateFor(path);
        await gate.WaitAsync(cancellationToken);
        try
        {
            return Guard("lease", container, name, () =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var lease = new FolderLease(path, Guid.NewGuid().ToString("D"), duration, _time, gate, _temporaryFolder);
                if (File.Exists(path))
                {
                    var (holder, expiry) = FolderLease.Read(path);
                    if (expiry > _time.GetUtcNow() || !FolderLease.TryRetire(path, holder, _temporaryFolder))
                    {
                        return (IStoreLease?)null;
                    }
                }

                return lease.TryCreate() ? lease : null;
            });
        }
        finally
        {
            gate.Release();
        }
    }

    public Task<bool> IsLeasedAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var path = ResolvePath(container, name, "read lease") + LeaseSuffix;
        return Task.FromResult(Guard("read lease", container, name, () => FolderLease.Read(path).Expiry > _time.GetUtcNow()));
    }

    /// <summary>Nothing: a folder has no lifecycle management to act on tags, so none are kept.</summary>
    public Task TagAsync(string container, string name, string key, string value, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<bool> BreakLeaseAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var path = ResolvePath(container, name, "break lease") + LeaseSuffix;
        var gate = GateFor(path);
        await gate.WaitAsync(cancellationToken);
        try
        {
            return Guard("break lease", container, name, () =>
            {
                var held = FolderLease.Read(path).Expiry > _time.GetUtcNow();
                File.Delete(path);
                return held;
            });
        }
        finally
        {
            gate.Release();
        }
    }

    private SemaphoreSlim GateFor(string path) => _gates[(StringComparer.Ordinal.GetHashCode(path) & int.MaxValue) % _gates.Length];

    private string MetadataPath(string container, string name) =>
        Path.Combine(_root, MetadataFolder, Path.GetRelativePath(_root, ResolvePath(container, name, "write metadata"))) + ".json";

    private string ContainerPath(string container)
    {
        if (container.Length is < 3 or > 63 || !container.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new StoreException("use container", container, string.Empty, "container names are 3–63 lower-case letters, digits and hyphens.");
        }

        return Path.Combine(_root, container);
    }

    private string ResolvePath(string container, string name, string operation)
    {
        var segments = name.Split('/');
        if (name.Length == 0 || name.Contains('\\', StringComparison.Ordinal) || segments.Any(s => s.Length == 0 || s == "." || s == ".."))
        {
            throw new StoreException(operation, container, name, "object names are relative paths of non-empty segments separated by '/', without '.' or '..'.");
        }

        return Path.Combine([ContainerPath(container), .. segments]);
    }

    private T Guard<T>(string operation, string container, string name, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(operation, container, name, $"{exception.Message} (store: {Description}). Check the folder exists and is writable.", exception);
        }
    }

    private void Guard(string operation, string container, string name, Action action) =>
        Guard(operation, container, name, () => { action(); return true; });
}
