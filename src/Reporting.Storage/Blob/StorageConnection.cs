using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Reporting.Storage.Blob;

/// <summary>
/// A storage account connection, read the way Azure Functions reads a connection named
/// <c>{name}</c>: the plain setting is a connection string (<c>UseDevelopmentStorage=true</c> for
/// Azurite, or account name and key); otherwise identity-based settings
/// <c>{name}__blobServiceUri</c> (or <c>{name}__serviceUri</c>) and <c>{name}__queueServiceUri</c>,
/// or <c>{name}__accountName</c> for both public endpoints, with a managed identity
/// (<see cref="DefaultAzureCredential"/>, or the user-assigned identity <c>{name}__clientId</c>).
/// Invariant: either <see cref="ConnectionString"/> is set, or <see cref="Credential"/> and at
/// least one service URI are.
/// </summary>
public sealed class StorageConnection
{
    /// <summary>Azurite's well-known development account (public, documented by Microsoft).</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private StorageConnection(string name, string? connectionString, Uri? blobServiceUri, Uri? queueServiceUri, TokenCredential? credential)
    {
        Name = name;
        ConnectionString = connectionString;
        BlobServiceUri = blobServiceUri;
        QueueServiceUri = queueServiceUri;
        Credential = credential;
    }

    /// <summary>The setting's name, for messages ("ReportingStorage").</summary>
    public string Name { get; }

    public string? ConnectionString { get; }

    public Uri? BlobServiceUri { get; }

    public Uri? QueueServiceUri { get; }

    /// <summary>The managed identity (or developer sign-in) used with the service URIs; null with a connection string.</summary>
    public TokenCredential? Credential { get; }

    /// <summary>A connection string for Azurite's development account on the given blob and queue endpoints.</summary>
    public static string DevelopmentConnectionString(Uri blobEndpoint, Uri? queueEndpoint = null) =>
        $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccountName};AccountKey={DevelopmentAccountKey};BlobEndpoint={blobEndpoint};"
        + (queueEndpoint is null ? string.Empty : $"QueueEndpoint={queueEndpoint};");

    /// <summary>Reads connection <paramref name="name"/> from <paramref name="settings"/>; null when none of its settings is set.</summary>
    public static StorageConnection? FromSettings(string name, Func<string, string?> settings)
    {
        var connectionString = settings(name);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageConnection(name, connectionString.Trim(), null, null, null);
        }

        var account = settings($"{name}__accountName");
        var blob = Endpoint(name, "blobServiceUri", settings) ?? Endpoint(name, "serviceUri", settings)
            ?? (string.IsNullOrWhiteSpace(account) ? null : new Uri($"https://{account.Trim()}.blob.core.windows.net"));
        var queue = Endpoint(name, "queueServiceUri", settings)
            ?? (string.IsNullOrWhiteSpace(account) ? null : new Uri($"https://{account.Trim()}.queue.core.windows.net"));
        if (blob is null && queue is null)
        {
            return null;
        }

        var clientId = settings($"{name}__clientId");
        TokenCredential credential = string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId.Trim()));
        return new StorageConnection(name, null, blob, queue, credential);
    }

    /// <summary>A Blob service client for this connection.</summary>
    public BlobServiceClient CreateBlobServiceClient(BlobClientOptions options) => ConnectionString is { } connection
        ? new BlobServiceClient(connection, options)
        : new BlobServiceClient(BlobServiceUri ?? throw MissingEndpoint("blobServiceUri"), Credential, options);

    /// <summary>A queue service client for this connection.</summary>
    public QueueServiceClient CreateQueueServiceClient(QueueClientOptions options) => ConnectionString is { } connection
        ? new QueueServiceClient(connection, options)
        : new QueueServiceClient(QueueServiceUri ?? throw MissingEndpoint("queueServiceUri"), Credential, options);

    /// <summary>"ReportingStorage (connection string)" or "ReportingStorage (https://acct.blob.core.windows.net/, managed identity)": never the key.</summary>
    public override string ToString() => ConnectionString is not null
        ? $"{Name} (connection string)"
        : $"{Name} ({BlobServiceUri?.AbsoluteUri ?? QueueServiceUri?.AbsoluteUri}, managed identity)";

    private InvalidOperationException MissingEndpoint(string key) =>
        new($"{Name} has identity-based settings but no {Name}__{key} (or {Name}__accountName): set it to the account's endpoint, e.g. https://account.{(key.StartsWith("queue", StringComparison.Ordinal) ? "queue" : "blob")}.core.windows.net.");

    private static Uri? Endpoint(string name, string key, Func<string, string?> settings)
    {
        var text = settings($"{name}__{key}");
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? uri
            : throw new ArgumentException($"The app setting '{name}__{key}' is '{text}', not an absolute URL: expected e.g. https://account.{(key.StartsWith("queue", StringComparison.Ordinal) ? "queue" : "blob")}.core.windows.net.");
    }
}
