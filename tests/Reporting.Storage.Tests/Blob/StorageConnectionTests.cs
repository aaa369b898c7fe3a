using Reporting.Storage.Blob;

namespace Reporting.Storage.Tests.Blob;

public sealed class StorageConnectionTests
{
    [Fact]
    public void FromConnectionString_UseDevelopmentStorage_PointsAtAzuriteWithTheDevAccount()
    {
        var connection = StorageConnection.FromConnectionString("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), connection.BlobEndpoint);
        Assert.Equal("devstoreaccount1", connection.SharedKey!.AccountName);
    }

    [Fact]
    public void FromConnectionString_AccountAndKey_UsesThePublicBlobEndpoint()
    {
        var connection = StorageConnection.FromConnectionString("DefaultEndpointsProtocol=https;AccountName=essexreports;AccountKey=a2V5;EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://essexreports.blob.core.windows.net"), connection.BlobEndpoint);
        Assert.Equal("essexreports", connection.SharedKey!.AccountName);
        Assert.DoesNotContain("a2V5", connection.SharedKey.ToString());
    }

    [Fact]
    public void FromConnectionString_NoKey_SaysWhatIsMissingAndWhatToUse()
    {
        var error = Assert.Throws<ArgumentException>(() => StorageConnection.FromConnectionString("AccountName=essexreports"));

        Assert.Contains("AccountKey is missing", error.Message);
    }

    [Fact]
    public void FromSettings_ServiceUriOnly_UsesATokenCredential()
    {
        var settings = new Dictionary<string, string?> { ["AzureWebJobsStorage__blobServiceUri"] = "https://essexreports.blob.core.windows.net" };

        var connection = StorageConnection.FromSettings("AzureWebJobsStorage", settings.GetValueOrDefault);

        Assert.NotNull(connection!.Token);
        Assert.Null(connection.SharedKey);
        Assert.Equal(new Uri("https://essexreports.blob.core.windows.net"), connection.BlobEndpoint);
    }

    [Fact]
    public void FromSettings_NothingSet_ReturnsNull()
    {
        Assert.Null(StorageConnection.FromSettings("AzureWebJobsStorage", _ => null));
    }
}
