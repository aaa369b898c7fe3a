using Azure.Core;

namespace Reporting.Storage.Blob;

/// <summary>
/// Options for <see cref="BlobStoreClient"/>: the Blob REST version sent as <c>x-ms-version</c>
/// (pinned so that Azurite and Azure answer the same way) and, through <see cref="ClientOptions"/>,
/// the retry policy for transient faults (throttling, 5xx, timeouts), diagnostics and transport.
/// </summary>
public sealed class BlobStoreClientOptions : ClientOptions
{
    /// <summary>The REST version this client is written against; Azurite 3.35 knows it.</summary>
    public const string DefaultServiceVersion = "2025-11-05";

    public BlobStoreClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 5;
        Retry.Delay = TimeSpan.FromMilliseconds(400);
        Retry.MaxDelay = TimeSpan.FromSeconds(20);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(100);
        Diagnostics.ApplicationId = "reporting";
    }

    /// <summary>The <c>x-ms-version</c> header value, e.g. "2025-11-05".</summary>
    public string ServiceVersion { get; set; } = DefaultServiceVersion;
}
