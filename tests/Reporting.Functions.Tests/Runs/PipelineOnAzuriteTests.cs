using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Runs;
using Reporting.Functions.Tests.Process;
using Reporting.Pipeline.Storage;
using Reporting.Storage.Blob;

namespace Reporting.Functions.Tests.Runs;

/// <summary>The pipeline through the handler's adapter on the Blob client, against Azurite with the sample data.</summary>
[Collection(FunctionAppCollection.Name)]
public sealed class PipelineOnAzuriteTests(FunctionAppFixture app)
{
    private static readonly CouncilCode Council = CouncilCode.From(933);

    [Fact]
    public async Task Run_StoreFailsWhileWritingADocument_PreviousPublicationStaysInForce()
    {
        var period = FinancialQuarter.From("2016-17-Q3");
        var store = new BlobObjectStore(app.Azurite.Connection);
        var first = await PipelineQuarterReports.Create(store).RunAsync(Council, period, [], force: true, CancellationToken.None);
        var manifestBefore = await PipelineQuarterReports.Create(store).GetPublishedAsync(Council, period, StoreLayout.ManifestFile, CancellationToken.None);
        var failing = PipelineQuarterReports.Create(new FailingStore(store, name => name.EndsWith("essex-review.pdf", StringComparison.Ordinal)));

        var error = await Assert.ThrowsAsync<StoreException>(() => failing.RunAsync(Council, period, [], force: true, CancellationToken.None));

        Assert.Equal(RunStatus.Published, first.Status);
        Assert.Contains("essex-review.pdf", error.Message);
        var reader = PipelineQuarterReports.Create(store);
        var manifestAfter = await reader.GetPublishedAsync(Council, period, StoreLayout.ManifestFile, CancellationToken.None);
        Assert.Equal(manifestBefore!.Content, manifestAfter!.Content);
        Assert.NotNull(await reader.GetPublishedAsync(Council, period, "dfe-review.pdf", CancellationToken.None));
        await using var lease = await store.TryAcquireLeaseAsync(StoreLayout.ReportsContainer, StoreLayout.RunLock(Council, period), TimeSpan.FromSeconds(15));
        Assert.NotNull(lease);
    }

    /// <summary>The real store, except that writing a chosen blob fails as a dead connection would.</summary>
    private sealed class FailingStore(IObjectStore inner, Func<string, bool> failOn) : IObjectStore
    {
        public string Description => inner.Description;

        public Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default) => inner.CreateContainerIfNotExistsAsync(container, cancellationToken);

        public Task<IReadOnlyList<StoredObjectInfo>> ListAsync(string container, string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(container, prefix, cancellationToken);

        public Task<StoredObject?> GetAsync(string container, string name, CancellationToken cancellationToken = default) => inner.GetAsync(container, name, cancellationToken);

        public Task<string> PutAsync(string container, string name, ReadOnlyMemory<byte> content, WriteCondition condition, string contentType, CancellationToken cancellationToken = default) =>
            failOn(name)
                ? throw new StoreException("write", container, name, "the blob service did not answer after retries.")
                : inner.PutAsync(container, name, content, condition, contentType, cancellationToken);

        public Task<IStoreLease?> TryAcquireLeaseAsync(string container, string name, TimeSpan duration, CancellationToken cancellationToken = default) =>
            inner.TryAcquireLeaseAsync(container, name, duration, cancellationToken);

        public Task<bool> IsLeasedAsync(string container, string name, CancellationToken cancellationToken = default) =>
            inner.IsLeasedAsync(container, name, cancellationToken);
    }
}
