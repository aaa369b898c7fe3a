using System.Text;
using Reporting.Pipeline.Storage;
using Reporting.Storage.Folder;

namespace Reporting.Storage.Tests.Folder;

public sealed class FolderStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reporting-folder-").FullName;
    private readonly FolderStore _store;

    public FolderStoreTests() => _store = new FolderStore(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task PutThenList_ByPrefix_InNameOrderWithoutTemporaryFiles()
    {
        await _store.PutAsync("metrics", "933/2016-17-Q2/measures.csv", Bytes("a"), WriteCondition.None, "text/csv");
        await _store.PutAsync("metrics", "933/2016-17-Q2/commentary.md", Bytes("b"), WriteCondition.None, "text/markdown");
        await _store.PutAsync("metrics", "933/config/targets.csv", Bytes("c"), WriteCondition.None, "text/csv");

        var listed = await _store.ListAsync("metrics", "933/2016-17-Q2/");

        Assert.Equal(["933/2016-17-Q2/commentary.md", "933/2016-17-Q2/measures.csv"], listed.Select(o => o.Name));
        Assert.Empty(await _store.ListAsync("reports", ""));
    }

    [Fact]
    public async Task PutWithMetadataThenList_ReturnsTheMetadataAndWhenUntilAPlainWriteReplacesIt()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-2);
        await _store.PutAsync("metrics", "933/2016-17-Q2/measures.csv", Bytes("a"), WriteCondition.None, "text/csv", new Dictionary<string, string> { [StoreLayout.UploadedByMetadata] = "Zoë O'Brien" });

        var listed = Assert.Single(await _store.ListAsync("metrics", "933/"));
        await _store.PutAsync("metrics", "933/2016-17-Q2/measures.csv", Bytes("b"), WriteCondition.None, "text/csv");
        var replaced = Assert.Single(await _store.ListAsync("metrics", "933/"));

        Assert.Equal("Zoë O'Brien", listed.Metadata?[StoreLayout.UploadedByMetadata]);
        Assert.InRange(listed.LastModified!.Value, before, DateTimeOffset.UtcNow.AddSeconds(2));
        Assert.Null(replaced.Metadata);
        Assert.Equal(["metrics"], Directory.EnumerateDirectories(_root).Select(Path.GetFileName).Where(d => !d!.StartsWith('.')));
    }

    [Fact]
    public async Task List_ContentReplacedByAWriteThatStoppedBeforeItsMetadata_ThatMetadataNotShownAgainstTheNewContent()
    {
        await _store.PutAsync("metrics", "933/2016-17-Q2/measures.csv", Bytes("a"), WriteCondition.None, "text/csv", new Dictionary<string, string> { [StoreLayout.UploadedByMetadata] = "first@council.example" });
        // A second upload's content lands, and the process stops before its metadata does.
        var file = Path.Combine(_root, "metrics", "933", "2016-17-Q2", "measures.csv");
        await File.WriteAllTextAsync(file, "second upload, longer");

        var listed = Assert.Single(await _store.ListAsync("metrics", "933/"));

        Assert.Null(listed.Metadata);
        Assert.Equal(21, listed.Length);
    }

    [Fact]
    public async Task List_FileCopiedWithoutItsModificationTime_KeepsItsMetadata()
    {
        await _store.PutAsync("metrics", "933/2016-17-Q2/measures.csv", Bytes("a"), WriteCondition.None, "text/csv", new Dictionary<string, string> { [StoreLayout.UploadedByMetadata] = "first@council.example" });
        // As a copy without -p, a checkout or a restore leaves it: the same bytes, a later time.
        File.SetLastWriteTimeUtc(Path.Combine(_root, "metrics", "933", "2016-17-Q2", "measures.csv"), DateTime.UtcNow.AddMinutes(5));

        var listed = Assert.Single(await _store.ListAsync("metrics", "933/"));

        Assert.Equal("first@council.example", listed.Metadata?[StoreLayout.UploadedByMetadata]);
    }

    [Fact]
    public async Task List_SidecarWrittenBeforeSidecarsNamedTheirContent_ItsMetadataShown()
    {
        await _store.PutAsync("metrics", "933/2016-17-Q2/measures.csv", Bytes("a"), WriteCondition.None, "text/csv");
        var sidecar = Path.Combine(_root, ".metadata", "metrics", "933", "2016-17-Q2", "measures.csv.json");
        Directory.CreateDirectory(Path.GetDirectoryName(sidecar)!);
        await File.WriteAllTextAsync(sidecar, "{\"uploadedby\":\"earlier@council.example\"}");

        var listed = Assert.Single(await _store.ListAsync("metrics", "933/"));

        Assert.Equal("earlier@council.example", listed.Metadata?["uploadedby"]);
    }

    [Fact]
    public async Task Put_IfAbsent_SecondWriteFailsAndKeepsTheFirst()
    {
        await _store.PutAsync("reports", "933/x.json", Bytes("first"), WriteCondition.IfAbsent, "application/json");

        await Assert.ThrowsAsync<StoreConditionFailedException>(() => _store.PutAsync("reports", "933/x.json", Bytes("second"), WriteCondition.IfAbsent, "application/json"));

        Assert.Equal("first", Encoding.UTF8.GetString((await _store.GetAsync("reports", "933/x.json"))!.Content));
    }

    [Fact]
    public async Task Put_IfMatch_StaleETagIsRefused()
    {
        var first = await _store.PutAsync("reports", "m.json", Bytes("v1"), WriteCondition.None, "application/json");
        var second = await _store.PutAsync("reports", "m.json", Bytes("v2"), WriteCondition.IfETagMatches(first), "application/json");

        Assert.NotEqual(first, second);
        await Assert.ThrowsAsync<StoreConditionFailedException>(() => _store.PutAsync("reports", "m.json", Bytes("v3"), WriteCondition.IfETagMatches(first), "application/json"));
        Assert.Equal(second, (await _store.GetAsync("reports", "m.json"))!.ETag);
    }

    [Fact]
    public async Task Lease_SecondHolderRefusedUntilReleased()
    {
        var first = await _store.TryAcquireLeaseAsync("reports", "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(60));
        var second = await _store.TryAcquireLeaseAsync("reports", "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(60));

        Assert.NotNull(first);
        Assert.Null(second);
        await first.DisposeAsync();
        await using var third = await _store.TryAcquireLeaseAsync("reports", "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(60));
        Assert.NotNull(third);
    }

    [Fact]
    public async Task IsLeased_SeenByAnotherStoreOnTheSameFolder_UntilReleasedOrExpired()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2017-10-05T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var otherProcess = new FolderStore(_root, clock);
        var before = await otherProcess.IsLeasedAsync("reports", "933/2016-17-Q2/.run-lock");

        var lease = await new FolderStore(_root, clock).TryAcquireLeaseAsync("reports", "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(60));
        var held = await otherProcess.IsLeasedAsync("reports", "933/2016-17-Q2/.run-lock");
        clock.Now = clock.Now.AddSeconds(61);
        var expired = await otherProcess.IsLeasedAsync("reports", "933/2016-17-Q2/.run-lock");
        clock.Now = clock.Now.AddSeconds(-61);
        await lease!.DisposeAsync();
        var released = await otherProcess.IsLeasedAsync("reports", "933/2016-17-Q2/.run-lock");

        Assert.False(before);
        Assert.True(held);
        Assert.False(expired);
        Assert.False(released);
    }

    [Fact]
    public async Task Lease_Expired_CanBeTakenOver()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2017-10-05T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var store = new FolderStore(_root, clock);
        await using var abandoned = await store.TryAcquireLeaseAsync("reports", "lock", TimeSpan.FromSeconds(60));

        clock.Now = clock.Now.AddSeconds(61);
        await using var next = await store.TryAcquireLeaseAsync("reports", "lock", TimeSpan.FromSeconds(60));

        Assert.NotNull(next);
    }

    [Fact]
    public async Task Lease_ConcurrentAcquirersInOneStore_ExactlyOneWins()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => _store.TryAcquireLeaseAsync("reports", "contended", TimeSpan.FromSeconds(60)))));

        Assert.Single(attempts, lease => lease is not null);
    }

    [Fact]
    public async Task Lease_ConcurrentAcquirersInSeparateStores_ExactlyOneWins()
    {
        // Separate store instances share no in-memory gate, as two processes (run and serve) would.
        var attempts = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => new FolderStore(_root).TryAcquireLeaseAsync("reports", "contended", TimeSpan.FromSeconds(60)))));

        Assert.Single(attempts, lease => lease is not null);
    }

    [Fact]
    public async Task Lease_ExpiredAndTakenOverBySeparateStoresAtOnce_ExactlyOneWins()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2017-10-05T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await new FolderStore(_root, clock).TryAcquireLeaseAsync("reports", "abandoned", TimeSpan.FromSeconds(60));
        clock.Now = clock.Now.AddMinutes(5);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => new FolderStore(_root, clock).TryAcquireLeaseAsync("reports", "abandoned", TimeSpan.FromSeconds(60)))));

        Assert.Single(attempts, lease => lease is not null);
    }

    [Fact]
    public async Task Lease_RenewedAfterExpiryWhileAnotherHolderTakesIt_NeverLeavesTwoHolders()
    {
        // The second holder's acquisition is started at the moment the first holder's renewal asks
        // the time, between its reading the lock file and its writing it: the renewal and the takeover race.
        var clock = new InterruptingClock(DateTimeOffset.Parse("2017-10-05T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var store = new FolderStore(_root, clock);
        var first = await store.TryAcquireLeaseAsync("reports", "933/2017-18-Q2/run.lock", TimeSpan.FromSeconds(15));
        Assert.NotNull(first);
        clock.Now = clock.Now.AddSeconds(20);
        var taking = clock.OnNextReading(() => store.TryAcquireLeaseAsync("reports", "933/2017-18-Q2/run.lock", TimeSpan.FromSeconds(15)));

        var renewal = await Record.ExceptionAsync(() => first.RenewAsync());
        var second = await taking;

        if (second is null)
        {
            Assert.Null(renewal);
            await first.RenewAsync();
        }
        else
        {
            Assert.IsType<StoreException>(renewal);
            await second.RenewAsync();
            Assert.True(await store.IsLeasedAsync("reports", "933/2017-18-Q2/run.lock"));
        }
    }

    [Fact]
    public async Task Lease_LockFileBeingWrittenByAnotherProcess_CountsAsHeld()
    {
        Directory.CreateDirectory(Path.Combine(_root, "reports"));
        await File.WriteAllTextAsync(Path.Combine(_root, "reports", "fresh.lease"), string.Empty);

        Assert.Null(await _store.TryAcquireLeaseAsync("reports", "fresh", TimeSpan.FromSeconds(60)));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("933/../../escape.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("933\\x")]
    public async Task Names_ThatWouldLeaveTheRoot_AreRefused(string name)
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => _store.PutAsync("metrics", name, Bytes("x"), WriteCondition.None, "text/plain"));

        Assert.Contains("relative paths", error.Message);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_root)!, "escape.txt")));
    }

    [Fact]
    public async Task Put_StoreRootIsAFile_FailsWithAMessageNamingTheStore()
    {
        var file = Path.Combine(_root, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");

        var error = await Assert.ThrowsAsync<StoreException>(() => new FolderStore(file).PutAsync("metrics", "a.csv", Bytes("x"), WriteCondition.None, "text/csv"));

        Assert.Contains("not-a-folder", error.Message);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
    /// <summary>A clock that, the next time it is read, starts an operation and gives it a moment to finish before answering.</summary>
    private sealed class InterruptingClock(DateTimeOffset now) : TimeProvider
    {
        private Func<Task>? _interruption;

        public DateTimeOffset Now { get; set; } = now;

        public Task<T> OnNextReading<T>(Func<Task<T>> operation)
        {
            var started = new TaskCompletionSource<Task<T>>(TaskCreationOptions.RunContinuationsAsynchronously);
            _interruption = () =>
            {
                var running = Task.Run(operation);
                started.SetResult(running);
                return running;
            };
            return started.Task.Unwrap();
        }

        public override DateTimeOffset GetUtcNow()
        {
            if (Interlocked.Exchange(ref _interruption, null) is { } interruption)
            {
                // Long enough for an unhindered acquisition; one held back by a lock is left waiting.
                interruption().Wait(TimeSpan.FromSeconds(2));
            }

            return Now;
        }
    }
}
