using System.Diagnostics.CodeAnalysis;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Reporting.Pipeline.Storage;
using Reporting.Storage.Blob;

namespace Reporting.Storage.Tests.Blob;

[Collection(AzuriteCollection.Name)]
public sealed class BlobStoreClientTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PutBlob_ServerBusyTwice_RetriesThroughThePipelineAndSucceeds()
    {
        var transport = new BusyFirstTransport(busyAttempts: 2);
        var options = new BlobStoreClientOptions { Transport = transport };
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var client = new BlobStoreClient(azurite.Server.Connection, options);

        await client.CreateContainerIfNotExistsAsync("retries");

        Assert.Equal(3, transport.Attempts);
        Assert.False(await new BlobStoreClient(azurite.Server.Connection).CreateContainerIfNotExistsAsync("retries"));
    }

    [Fact]
    public async Task Get_ServerBusyBeyondRetries_FailsWithStatusAndBlobName()
    {
        var options = new BlobStoreClientOptions { Transport = new BusyFirstTransport(busyAttempts: 100) };
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var store = new BlobObjectStore(azurite.Server.Connection, options);

        var error = await Assert.ThrowsAsync<StoreException>(() => store.GetAsync("metrics", "933/2016-17-Q2/measures.csv"));

        Assert.Contains("metrics/933/2016-17-Q2/measures.csv", error.Message);
        Assert.Equal(503, Assert.IsType<RequestFailedException>(error.InnerException).Status);
    }

    [Fact]
    public async Task List_NothingListening_FailsWithStoreExceptionSayingWhatToCheck()
    {
        var options = new BlobStoreClientOptions();
        options.Retry.MaxRetries = 0;
        var store = new BlobObjectStore(StorageConnection.Development(new Uri("http://127.0.0.1:9/devstoreaccount1")), options);

        var error = await Assert.ThrowsAsync<StoreException>(() => store.ListAsync("metrics", "933/"));

        Assert.Contains("metrics/933/*", error.Message);
        Assert.Contains("reachable", error.Message);
    }

    [Fact]
    public async Task Get_NothingListeningEvenAfterRetries_FailsWithStoreExceptionNamingTheBlob()
    {
        var options = new BlobStoreClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var store = new BlobObjectStore(StorageConnection.Development(new Uri("http://127.0.0.1:9/devstoreaccount1")), options);

        var error = await Assert.ThrowsAsync<StoreException>(() => store.GetAsync("reports", "933/2016-17-Q2/manifest.json"));

        Assert.StartsWith("Could not read 'reports/933/2016-17-Q2/manifest.json': the blob service did not answer, even after retries", error.Message);
        Assert.DoesNotContain("Retry failed", error.Message);
    }

    /// <summary>Answers 503 ServerBusy for the first attempts, then passes requests to the real transport.</summary>
    private sealed class BusyFirstTransport(int busyAttempts) : HttpPipelineTransport
    {
        private readonly HttpClientTransport _inner = new();
        private int _attempts;

        public int Attempts => _attempts;

        public override Request CreateRequest() => _inner.CreateRequest();

        public override void Process(HttpMessage message) => ProcessAsync(message).AsTask().GetAwaiter().GetResult();

        public override async ValueTask ProcessAsync(HttpMessage message)
        {
            if (Interlocked.Increment(ref _attempts) <= busyAttempts)
            {
                message.Response = new ServerBusyResponse();
                return;
            }

            await _inner.ProcessAsync(message);
        }
    }

    private sealed class ServerBusyResponse : Response
    {
        public override int Status => 503;

        public override string ReasonPhrase => "Server Busy";

        public override Stream? ContentStream { get; set; } = new MemoryStream(Encoding.UTF8.GetBytes("<Error><Code>ServerBusy</Code></Error>"));

        public override string ClientRequestId { get; set; } = string.Empty;

        public override void Dispose()
        {
        }

        protected override bool ContainsHeader(string name) => name.Equals("x-ms-error-code", StringComparison.OrdinalIgnoreCase);

        protected override IEnumerable<HttpHeader> EnumerateHeaders() => [new HttpHeader("x-ms-error-code", "ServerBusy")];

        protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
        {
            value = ContainsHeader(name) ? "ServerBusy" : null;
            return value is not null;
        }

        protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
        {
            values = ContainsHeader(name) ? ["ServerBusy"] : null;
            return values is not null;
        }
    }
}
