using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Reporting.Storage.Blob;

namespace Reporting.Storage.Tests.Blob;

public sealed class StorageConnectionTests
{
    [Fact]
    public void FromSettings_ConnectionString_ClientsPointAtItsAccount()
    {
        var settings = new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "DefaultEndpointsProtocol=https;AccountName=essexreports;AccountKey=a2V5;EndpointSuffix=core.windows.net" };

        var connection = StorageConnection.FromSettings("AzureWebJobsStorage", settings.GetValueOrDefault)!;

        Assert.Equal(new Uri("https://essexreports.blob.core.windows.net/"), connection.CreateBlobServiceClient(new BlobClientOptions()).Uri);
        Assert.Equal(new Uri("https://essexreports.queue.core.windows.net/"), connection.CreateQueueServiceClient(new QueueClientOptions()).Uri);
        Assert.DoesNotContain("a2V5", connection.ToString());
    }

    [Fact]
    public void FromSettings_AccountNameOnly_UsesAManagedIdentityOnBothPublicEndpoints()
    {
        var settings = new Dictionary<string, string?> { ["AzureWebJobsStorage__accountName"] = "essexreports" };

        var connection = StorageConnection.FromSettings("AzureWebJobsStorage", settings.GetValueOrDefault)!;

        Assert.Null(connection.ConnectionString);
        Assert.NotNull(connection.Credential);
        Assert.Equal(new Uri("https://essexreports.blob.core.windows.net"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://essexreports.queue.core.windows.net"), connection.QueueServiceUri);
    }

    [Fact]
    public void FromSettings_BlobServiceUriWithClientId_UsesThatUserAssignedIdentity()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ReportingStorage__blobServiceUri"] = "https://essexreports.blob.core.windows.net",
            ["ReportingStorage__clientId"] = "00000000-0000-0000-0000-000000000001",
        };

        var connection = StorageConnection.FromSettings("ReportingStorage", settings.GetValueOrDefault)!;

        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(connection.Credential);
        Assert.Null(connection.QueueServiceUri);
        Assert.Contains("queueServiceUri", Assert.Throws<InvalidOperationException>(() => connection.CreateQueueServiceClient(new QueueClientOptions())).Message);
    }

    [Fact]
    public void FromSettings_ServiceUriNotAUrl_ErrorNamesTheSetting()
    {
        var error = Assert.Throws<ArgumentException>(() => StorageConnection.FromSettings("ReportingStorage", n => n == "ReportingStorage__serviceUri" ? "essexreports" : null));

        Assert.Contains("ReportingStorage__serviceUri", error.Message);
    }

    [Fact]
    public void FromSettings_NothingSet_ReturnsNull()
    {
        Assert.Null(StorageConnection.FromSettings("AzureWebJobsStorage", _ => null));
    }
}
