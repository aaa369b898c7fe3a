using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Pipeline.Storage;

namespace Reporting.Storage.Folder;

/// <summary>
/// The embedded default store: a folder standing in for Blob Storage, with the same semantics.
/// Each container is a sub-folder and object names map to relative paths ("933/2016-17-Q2/measures.csv").
/// Writes are atomic (a temporary file renamed into place), every write gives a new ETag (the
/// file's modification time and length, as Blob Storage gives a new ETag per write), conditional
/// writes compare ETags under a lock, and leases are lock files with an expiry, created with
/// create-new semantics so two processes cannot both take a free lease. Names are checked so
/// nothing can escape the root. An object's metadata is a JSON sidecar under <c>.metadata/</c> beside
/// the containers (its container and name below that), so listings see only the objects.
/// </summary>
public sealed class FolderStore : IObjectStore
{
    private const string TemporaryFolder = ".tmp";
    private const string LeaseSuffix = ".lease";
    private const string MetadataFolder = ".metadata";

    private readonly string _root;
    private readonly TimeProvider _time;
    // Writers to the same path queue behind one of a fixed set of gates (bounded however many
    // paths a long-running serve writes); other processes are kept out by the file operations.
    private readonly SemaphoreSlim[] _gates = Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public FolderStore(string root, TimeProvider? timeProvider = null)
    {
        _root = Path.GetFullPath(root);
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
                    return new StoredObjectInfo(name, file.Length, ETagOf(file.LastWriteTimeUtc, file.Length), new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero), ReadMetadata(container, name, file));
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

            var (content, etag) = ReadWithETag(path);
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

                if (condition.IfMatch is { } expected && (!exists || CurrentETag(path) != expected))
                {
                    throw new StoreConditionFailedException("write", container, name, "it changed since it was read (ETag mismatch), so the write was not made. Run again.");
                }

                // A write replaces the metadata (none leaves none), as on Blob Storage. The content
                // first, then the metadata naming the content (its ETag, taken from the file before it
                // was renamed into place, and its SHA-256): a write that stopped between the two leaves
                // metadata that names other content, which is then not shown, rather than one upload's
                // metadata (who, when) shown against another's content.
                var etag = WriteAtomically(path, content.Span);
                var sidecar = MetadataPath(container, name);
                if (metadata.Count == 0)
                {
                    if (File.Exists(sidecar))
                    {
                        File.Delete(sidecar);
                    }
                }
                else
                {
                    WriteAtomically(sidecar, JsonSerializer.SerializeToUtf8Bytes(new Sidecar(etag, ContentHash(content.Span), metadata)));
                }

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
                var now = _time.GetUtcNow();
                var lease = new FolderLease(this, path, Guid.NewGuid().ToString("D"), duration);
                if (File.Exists(path))
                {
                    var (holder, expiry) = FolderLease.Read(path);
                    if (expiry > now || !TryRetire(path, holder))
                    {
                        return (IStoreLease?)null;
                    }
                }

                return lease.TryCreate(now) ? lease : null;
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

    /// <summary>
    /// Moves an expired lock file aside so a new lease can be created. Only one process's move
    /// succeeds; a process that finds it moved someone's fresh lease puts it back and gives up.
    /// </summary>
    private bool TryRetire(string path, string? expiredHolder)
    {
        var aside = Path.Combine(_root, TemporaryFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(aside)!);
        try
        {
            File.Move(path, aside);
        }
        catch (IOException)
        {
            return false;
        }

        if (FolderLease.Read(aside).Holder == expiredHolder)
        {
            File.Delete(aside);
            return true;
        }

        try
        {
            File.Move(aside, path);
        }
        catch (IOException)
        {
            File.Delete(aside);
        }

        return false;
    }

    private SemaphoreSlim GateFor(string path) => _gates[(StringComparer.Ordinal.GetHashCode(path) & int.MaxValue) % _gates.Length];

    /// <summary>Writes a temporary file and renames it into place; returns its ETag (a rename keeps the modification time and length).</summary>
    private string WriteAtomically(string path, ReadOnlySpan<byte> content)
    {
        var temporary = Path.Combine(_root, TemporaryFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        var etag = CurrentETag(temporary);
        File.Move(temporary, path, overwrite: true);
        return etag;
    }

    private string MetadataPath(string container, string name) =>
        Path.Combine(_root, MetadataFolder, Path.GetRelativePath(_root, ResolvePath(container, name, "write metadata"))) + ".json";

    /// <summary>
    /// An object's metadata, when its sidecar names the content it describes: the same ETag, or, for a
    /// file copied without its modification time (a copy, a checkout, a restore), the same SHA-256
    /// (the file is then read again to hash it, on every listing until it is written again). A sidecar
    /// written before sidecars named their content (a plain map) is taken as it is.
    /// </summary>
    private IReadOnlyDictionary<string, string>? ReadMetadata(string container, string name, FileInfo file)
    {
        var path = MetadataPath(container, name);
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

        if (!root.TryGetProperty(Sidecar.ContentETagName, out _))
        {
            return root.Deserialize<Dictionary<string, string>>();
        }

        var sidecar = root.Deserialize<Sidecar>();
        if (sidecar is null || (sidecar.ContentETag != ETagOf(file.LastWriteTimeUtc, file.Length) && sidecar.ContentSha256 != ContentHash(file)))
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

    /// <summary>An object's metadata and the content it was written with ("content-etag" cannot be a metadata key, which has no hyphen).</summary>
    private sealed record Sidecar(
        [property: JsonPropertyName(Sidecar.ContentETagName)] string ContentETag,
        [property: JsonPropertyName("content-sha256")] string? ContentSha256,
        [property: JsonPropertyName("metadata")] IReadOnlyDictionary<string, string> Metadata)
    {
        public const string ContentETagName = "content-etag";
    }

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

    private static (byte[] Content, string ETag) ReadWithETag(string path)
    {
        using var handle = File.OpenHandle(path);
        var content = new byte[RandomAccess.GetLength(handle)];
        var read = 0;
        while (read < content.Length)
        {
            read += RandomAccess.Read(handle, content.AsSpan(read), read);
        }

        return (content, ETagOf(File.GetLastWriteTimeUtc(handle), content.LongLength));
    }

    private static string CurrentETag(string path)
    {
        var file = new FileInfo(path);
        return ETagOf(file.LastWriteTimeUtc, file.Length);
    }

    private static string ETagOf(DateTime modified, long length) =>
        string.Create(CultureInfo.InvariantCulture, $"\"0x{modified.Ticks:X}{length:X}\"");

    /// <summary>A lease held as a lock file holding its id and expiry.</summary>
    private sealed class FolderLease(FolderStore store, string path, string leaseId, TimeSpan duration) : IStoreLease
    {
        private bool _released;

        public string LeaseId => leaseId;

        public Task RenewAsync(CancellationToken cancellationToken = default)
        {
            if (Read(path).Holder != leaseId)
            {
                throw new StoreException("renew lease on", "lock", path, "the lease expired and was taken by another run.");
            }

            Write(store._time.GetUtcNow());
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_released)
            {
                _released = true;
                try
                {
                    if (Read(path).Holder == leaseId)
                    {
                        File.Delete(path);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The lease expires by itself; a run that has published must not fail here.
                }
            }

            return ValueTask.CompletedTask;
        }

        public void Write(DateTimeOffset now)
        {
            store.WriteAtomically(path, Encoding.UTF8.GetBytes(Text(now)));
        }

        private string Text(DateTimeOffset now) =>
            string.Create(CultureInfo.InvariantCulture, $"{leaseId}\n{(now + duration).ToUnixTimeMilliseconds()}\n");

        /// <summary>Creates the lock file only if absent: of two processes racing for a free lease, one wins.</summary>
        public bool TryCreate(DateTimeOffset now)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(Encoding.UTF8.GetBytes(Text(now)));
                return true;
            }
            catch (IOException) when (File.Exists(path))
            {
                return false;
            }
        }

        /// <summary>
        /// Who holds the lock file and until when. A file still being written by another process
        /// (empty or partial) counts as held for a few seconds from when it was created.
        /// </summary>
        public static (string? Holder, DateTimeOffset Expiry) Read(string path)
        {
            if (!File.Exists(path))
            {
                return (null, DateTimeOffset.MinValue);
            }

            var lines = File.ReadAllLines(path);
            return lines.Length >= 2 && long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                ? (lines[0], DateTimeOffset.FromUnixTimeMilliseconds(ms))
                : (null, new DateTimeOffset(File.GetLastWriteTimeUtc(path)) + TimeSpan.FromSeconds(5));
        }
    }
}
