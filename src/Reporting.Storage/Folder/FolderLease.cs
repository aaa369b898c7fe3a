using System.Globalization;
using System.Text;
using Reporting.Pipeline.Storage;

namespace Reporting.Storage.Folder;

/// <summary>
/// A lease of the folder store, held as a lock file beside the object holding the lease's id and
/// expiry. Renewing and releasing read the holder and write under the path's gate, the one
/// <see cref="FolderStore.TryAcquireLeaseAsync"/> takes, so a renewal that arrives after the lease
/// expired cannot overwrite (nor a release delete) the lease of a holder that took it meanwhile.
/// </summary>
internal sealed class FolderLease(string path, string leaseId, TimeSpan duration, TimeProvider time, SemaphoreSlim gate, string temporaryFolder) : IStoreLease
{
    private bool _released;

    public string LeaseId => leaseId;

    public async Task RenewAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Read(path).Holder != leaseId)
            {
                throw new StoreException("renew lease on", "lock", path, "the lease expired and was taken by another run.");
            }

            StoredFile.WriteAtomically(temporaryFolder, path, Encoding.UTF8.GetBytes(Text(time.GetUtcNow())));
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        await gate.WaitAsync();
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
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Creates the lock file only if absent: of two processes racing for a free lease, one wins.</summary>
    public bool TryCreate()
    {
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(Encoding.UTF8.GetBytes(Text(time.GetUtcNow())));
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

    /// <summary>
    /// Moves an expired lock file aside so a new lease can be created. Only one process's move
    /// succeeds; a process that finds it moved someone's fresh lease puts it back and gives up.
    /// </summary>
    public static bool TryRetire(string path, string? expiredHolder, string temporaryFolder)
    {
        var aside = Path.Combine(temporaryFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temporaryFolder);
        try
        {
            File.Move(path, aside);
        }
        catch (IOException)
        {
            return false;
        }

        if (Read(aside).Holder == expiredHolder)
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

    private string Text(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{leaseId}\n{(now + duration).ToUnixTimeMilliseconds()}\n");
}
