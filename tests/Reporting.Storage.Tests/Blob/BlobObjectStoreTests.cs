using System.Text;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Reporting.Pipeline.Storage;
using Reporting.Storage.Blob;
using Reporting.Testing;

namespace Reporting.Storage.Tests.Blob;

[Collection(AzuriteCollection.Name)]
[Trait("Lane", "Azurite")]
public sealed class BlobObjectStoreTests(AzuriteFixture azurite)
{
    private readonly BlobObjectStore _store = new(azurite.Server.BlobService());

    private static string NewContainer() => "t" + Guid.NewGuid().ToString("N")[..20];

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task CreateContainerIfNotExists_CalledTwice_SecondCallSucceedsAndTheContainerExists()
    {
        var container = NewContainer();

        await _store.CreateContainerIfNotExistsAsync(container);
        await _store.CreateContainerIfNotExistsAsync(container);

        Assert.True((await azurite.Server.BlobService().GetBlobContainerClient(container).ExistsAsync()).Value);
    }

    [Fact]
    public async Task PutWithMetadataThenList_ReturnsTheMetadataDecodedAndWhen()
    {
        var container = NewContainer();
        await _store.CreateContainerIfNotExistsAsync(container);

        await _store.PutAsync(container, "933/2016-17-Q2/measures.csv", Bytes("a"), WriteCondition.None, "text/csv", new Dictionary<string, string> { [StoreLayout.UploadedByMetadata] = "Zoë O'Brien" });
        await _store.PutAsync(container, "933/2016-17-Q2/missing.csv", Bytes("b"), WriteCondition.None, "text/csv");
        var listed = await _store.ListAsync(container, "933/");

        Assert.Equal("Zoë O'Brien", listed[0].Metadata?[StoreLayout.UploadedByMetadata]);
        Assert.NotNull(listed[0].LastModified);
        Assert.Null(listed[1].Metadata);
    }

    [Fact]
    public async Task Put_ThenGet_ReturnsSameBytesAndETag()
    {
        var container = NewContainer();
        await _store.CreateContainerIfNotExistsAsync(container);

        var etag = await _store.PutAsync(container, "933/2016-17-Q2/measures.csv", Bytes("indicator,value\n"), WriteCondition.None, "text/csv");
        var read = await _store.GetAsync(container, "933/2016-17-Q2/measures.csv");

        Assert.NotNull(read);
        Assert.Equal("indicator,value\n", Encoding.UTF8.GetString(read.Content));
        Assert.Equal(etag, read.ETag);
    }

    [Fact]
    public async Task Get_AbsentBlobOrContainer_ReturnsNull()
    {
        var container = NewContainer();

        Assert.Null(await _store.GetAsync(container, "nothing.csv"));
        await _store.CreateContainerIfNotExistsAsync(container);
        Assert.Null(await _store.GetAsync(container, "nothing.csv"));
    }

    [Fact]
    public async Task List_ManyBlobsUnderNeighbouringPrefixes_KeepsOnlyThePrefixInNameOrder()
    {
        var container = NewContainer();
        await _store.CreateContainerIfNotExistsAsync(container);
        string[] wanted = ["933/2016-17-Q2/a.csv", "933/2016-17-Q2/b.csv", "933/2016-17-Q2/c.csv", "933/2016-17-Q2/ssda903/episodes.csv", "933/2016-17-Q2/z.csv"];
        foreach (var name in wanted.Append("933/2016-17-Q3/a.csv").Append("934/2016-17-Q2/a.csv"))
        {
            await _store.PutAsync(container, name, Bytes(name), WriteCondition.None, "text/csv");
        }

        var listed = await _store.ListAsync(container, "933/2016-17-Q2/");

        Assert.Equal(wanted, listed.Select(b => b.Name));
        Assert.Equal(Bytes("933/2016-17-Q2/a.csv").Length, listed[0].Length);
    }

    [Fact]
    public async Task List_AbsentContainer_ListsNothing()
    {
        Assert.Empty(await _store.ListAsync(NewContainer(), "933/"));
    }

    [Fact]
    public async Task Put_NamesWithSpacesAndNonAscii_RoundTrip()
    {
        var container = NewContainer();
        await _store.CreateContainerIfNotExistsAsync(container);
        const string name = "933/2016-17-Q2/commentary (final) – Ré.md";

        await _store.PutAsync(container, name, Bytes("# Priority 1"), WriteCondition.None, "text/markdown");

        Assert.Equal(name, Assert.Single(await _store.ListAsync(container, "933/")).Name);
        Assert.Equal("# Priority 1", Encoding.UTF8.GetString((await _store.GetAsync(container, name))!.Content));
    }

    [Fact]
    public async Task Put_IfAbsentWhenBlobExists_FailsWithConditionNamingTheBlob()
    {
        var container = NewContainer();
        await _store.CreateContainerIfNotExistsAsync(container);
        await _store.PutAsync(container, "933/2016-17-Q2/manifest.json", Bytes("{}"), WriteCondition.IfAbsent, "application/json");

        var error = await Assert.ThrowsAsync<StoreConditionFailedException>(
            () => _store.PutAsync(container, "933/2016-17-Q2/manifest.json", Bytes("{ }"), WriteCondition.IfAbsent, "application/json"));

        Assert.Contains("933/2016-17-Q2/manifest.json", error.Message);
        var inner = Assert.IsType<RequestFailedException>(error.InnerException);
        Assert.Equal(409, inner.Status);
        Assert.Equal("BlobAlreadyExists", inner.ErrorCode);
    }

    [Fact]
    public async Task Put_IfMatchWithStaleETag_FailsAndKeepsTheNewerContent()
    {
        var container = NewContainer();
        await _store.CreateContainerIfNotExistsAsync(container);
        var first = await _store.PutAsync(container, "m.json", Bytes("v1"), WriteCondition.Replacing(null), "application/json");
        var second = await _store.PutAsync(container, "m.json", Bytes("v2"), WriteCondition.Replacing(first), "application/json");

        var error = await Assert.ThrowsAsync<StoreConditionFailedException>(
            () => _store.PutAsync(container, "m.json", Bytes("v3"), WriteCondition.Replacing(first), "application/json"));

        Assert.Equal(412, Assert.IsType<RequestFailedException>(error.InnerException).Status);
        Assert.Contains("changed since it was read", error.Message);
        var kept = await _store.GetAsync(container, "m.json");
        Assert.Equal("v2", Encoding.UTF8.GetString(kept!.Content));
        Assert.Equal(second, kept.ETag);
    }

    [Fact]
    public async Task Put_BlobLeasedByAnotherRun_FailsSayingTheLeaseNotThatItChanged()
    {
        var container = NewContainer();
        await using var lease = await _store.TryAcquireLeaseAsync(container, "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<StoreConditionFailedException>(
            () => _store.PutAsync(container, "933/2016-17-Q2/.run-lock", Bytes("x"), WriteCondition.None, "text/plain"));

        var inner = Assert.IsType<RequestFailedException>(error.InnerException);
        Assert.Equal(412, inner.Status);
        Assert.Equal("LeaseIdMissing", inner.ErrorCode);
        Assert.Contains("another run holds a lease on it", error.Message);
        Assert.DoesNotContain("changed since it was read", error.Message);
    }

    [Fact]
    public async Task Renew_LeaseBrokenAndTakenByAnotherRun_FailsSayingTheLeaseWasLost()
    {
        var container = NewContainer();
        var dead = await _store.TryAcquireLeaseAsync(container, "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(60));
        await _store.BreakLeaseAsync(container, "933/2016-17-Q2/.run-lock");
        await using var next = await _store.TryAcquireLeaseAsync(container, "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(15));

        var error = await Assert.ThrowsAsync<StoreException>(() => dead!.RenewAsync());

        Assert.Equal("LeaseIdMismatchWithLeaseOperation", Assert.IsType<RequestFailedException>(error.InnerException).ErrorCode);
        Assert.Contains("The lease was lost", error.Message);
    }

    [Fact]
    public async Task TryAcquireLease_WhileHeld_SecondGetsNullUntilReleased()
    {
        var container = NewContainer();

        var first = await _store.TryAcquireLeaseAsync(container, "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(30));
        var second = await _store.TryAcquireLeaseAsync(container, "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(30));
        Assert.NotNull(first);
        Assert.Null(second);

        await first.RenewAsync();
        await first.DisposeAsync();
        await using var third = await _store.TryAcquireLeaseAsync(container, "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(30));

        Assert.NotNull(third);
        Assert.NotEqual(first.LeaseId, third.LeaseId);
    }

    [Fact]
    public async Task IsLeased_TrueWhileHeldFalseWhenAbsentOrReleased()
    {
        var container = NewContainer();
        await _store.CreateContainerIfNotExistsAsync(container);
        var absent = await _store.IsLeasedAsync(container, "933/2016-17-Q2/.run-lock");

        var lease = await _store.TryAcquireLeaseAsync(container, "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(30));
        var held = await _store.IsLeasedAsync(container, "933/2016-17-Q2/.run-lock");
        await lease!.DisposeAsync();
        var released = await _store.IsLeasedAsync(container, "933/2016-17-Q2/.run-lock");

        Assert.False(absent);
        Assert.True(held);
        Assert.False(released);
    }

    [Fact]
    public async Task BreakLease_HeldByARunThatDied_FreesItAtOnceAndTheHolderCannotRenew()
    {
        var container = NewContainer();
        var dead = await _store.TryAcquireLeaseAsync(container, "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(60));

        var broken = await _store.BreakLeaseAsync(container, "933/2016-17-Q2/.run-lock");
        var again = await _store.BreakLeaseAsync(container, "933/2016-17-Q2/.run-lock");
        await using var next = await _store.TryAcquireLeaseAsync(container, "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(15));

        Assert.True(broken);
        Assert.False(again);
        Assert.NotNull(next);
        await Assert.ThrowsAsync<StoreException>(() => dead!.RenewAsync());
        Assert.False(await _store.BreakLeaseAsync(container, "933/2016-17-Q2/absent-lock"));
    }

    [Fact]
    public async Task TryAcquireLease_ManyConcurrentCallers_ExactlyOneWins()
    {
        var container = NewContainer();

        var leases = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _store.TryAcquireLeaseAsync(container, "933/2016-17-Q2/.run-lock", TimeSpan.FromSeconds(15))));

        Assert.Single(leases, l => l is not null);
        foreach (var lease in leases.OfType<IStoreLease>())
        {
            await lease.DisposeAsync();
        }
    }

    [Fact]
    public async Task Get_BlobUploadedByAnOrdinaryClient_ReadsItsBytesAndListsItsSize()
    {
        var container = NewContainer();
        var bytes = Bytes("indicator,period,value\ncaseload,2016-17-Q2,14\n");
        var uploader = azurite.Server.BlobService().GetBlobContainerClient(container);
        await uploader.CreateAsync();
        await uploader.UploadBlobAsync("933/2016-17-Q2/measures.csv", new BinaryData(bytes));

        var read = await _store.GetAsync(container, "933/2016-17-Q2/measures.csv");
        var listed = Assert.Single(await _store.ListAsync(container, "933/"));

        Assert.Equal(bytes, read!.Content);
        Assert.Equal(bytes.Length, listed.Length);
        Assert.Equal(read.ETag, listed.ETag);
    }

    [Fact]
    public async Task AnyOperation_ServiceUnreachable_FailsNamingTheBlobAndSayingToCheckTheAccount()
    {
        var options = new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05);
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var store = new BlobObjectStore(new BlobServiceClient(new Uri("http://127.0.0.1:9/devstoreaccount1"), new StorageSharedKeyCredential(StorageConnection.DevelopmentAccountName, StorageConnection.DevelopmentAccountKey), options));

        var error = await Assert.ThrowsAsync<StoreException>(() => store.GetAsync("metrics", "933/2016-17-Q2/measures.csv"));

        Assert.Contains("Could not read 'metrics/933/2016-17-Q2/measures.csv'", error.Message);
        Assert.Contains("reachable", error.Message);
    }

    [Fact]
    public async Task AnyOperation_WrongAccountKey_FailsWithForbiddenNamingTheBlob()
    {
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var store = new BlobObjectStore(new BlobServiceClient(azurite.Server.BlobEndpoint, new StorageSharedKeyCredential(StorageConnection.DevelopmentAccountName, wrongKey), new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05)));

        var error = await Assert.ThrowsAsync<StoreException>(() => store.GetAsync("metrics", "933/2016-17-Q2/measures.csv"));

        Assert.Contains("metrics/933/2016-17-Q2/measures.csv", error.Message);
        var inner = Assert.IsType<RequestFailedException>(error.InnerException);
        Assert.Equal(403, inner.Status);
        Assert.Equal("AuthorizationFailure", inner.ErrorCode);
    }
}
