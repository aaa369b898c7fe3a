using Azure.Core;
using Azure.Identity;

namespace Reporting.Storage.Blob;

/// <summary>
/// Where the blob service is and how to authenticate to it, read the way Azure Functions reads
/// its storage settings: a connection string (<c>UseDevelopmentStorage=true</c>, or account name
/// and key), or <c>{name}__serviceUri</c> / <c>{name}__blobServiceUri</c> with a token credential
/// (managed identity through <see cref="DefaultAzureCredential"/>, or the user-assigned identity
/// named by <c>{name}__clientId</c>). Invariant: exactly one of <see cref="SharedKey"/> and
/// <see cref="Token"/> is set, and <see cref="BlobEndpoint"/> ends without a slash.
/// </summary>
public sealed class StorageConnection
{
    /// <summary>Azurite's well-known development account (public, documented by Microsoft).</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private StorageConnection(Uri blobEndpoint, StorageSharedKey? sharedKey, TokenCredential? token)
    {
        BlobEndpoint = new Uri(blobEndpoint.AbsoluteUri.TrimEnd('/'));
        SharedKey = sharedKey;
        Token = token;
    }

    /// <summary>"https://acct.blob.core.windows.net" or "http://127.0.0.1:10000/devstoreaccount1" (path style).</summary>
    public Uri BlobEndpoint { get; }

    public StorageSharedKey? SharedKey { get; }

    public TokenCredential? Token { get; }

    public static StorageConnection ForSharedKey(Uri blobEndpoint, string accountName, string accountKey) =>
        new(blobEndpoint, new StorageSharedKey(accountName, accountKey), null);

    public static StorageConnection ForToken(Uri blobEndpoint, TokenCredential credential) => new(blobEndpoint, null, credential);

    /// <summary>Azurite on the given blob endpoint, e.g. http://127.0.0.1:10000/devstoreaccount1.</summary>
    public static StorageConnection Development(Uri blobEndpoint) => ForSharedKey(blobEndpoint, DevelopmentAccountName, DevelopmentAccountKey);

    /// <summary>Parses a storage account connection string.</summary>
    public static StorageConnection FromConnectionString(string connectionString)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw BlobErrors.InvalidConnectionString($"'{segment.Split('=')[0]}' has no value");
            }

            parts[segment[..equals].Trim()] = segment[(equals + 1)..].Trim();
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out var development) && development.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            var proxy = parts.GetValueOrDefault("DevelopmentStorageProxyUri");
            var host = proxy is null ? new Uri("http://127.0.0.1") : new Uri(proxy);
            return Development(new Uri($"{host.Scheme}://{host.Host}:10000/{DevelopmentAccountName}"));
        }

        if (!parts.TryGetValue("AccountName", out var account) || account.Length == 0)
        {
            throw BlobErrors.InvalidConnectionString("AccountName is missing");
        }

        if (!parts.TryGetValue("AccountKey", out var key) || key.Length == 0)
        {
            throw BlobErrors.InvalidConnectionString("AccountKey is missing (shared access signatures are not supported; use a managed identity instead)");
        }

        Uri endpoint;
        if (parts.TryGetValue("BlobEndpoint", out var blobEndpoint))
        {
            if (!Uri.TryCreate(blobEndpoint, UriKind.Absolute, out endpoint!))
            {
                throw BlobErrors.InvalidConnectionString("BlobEndpoint is not an absolute URL");
            }
        }
        else
        {
            var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
            var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
            endpoint = new Uri($"{protocol}://{account}.blob.{suffix}");
        }

        return ForSharedKey(endpoint, account, key);
    }

    /// <summary>
    /// Reads the settings for connection <paramref name="name"/> (e.g. "AzureWebJobsStorage") from
    /// <paramref name="settings"/> (environment variables, in a function app): the plain value is a
    /// connection string; otherwise <c>__blobServiceUri</c> or <c>__serviceUri</c> with a token credential.
    /// Returns null when none of them is set.
    /// </summary>
    public static StorageConnection? FromSettings(string name, Func<string, string?> settings)
    {
        var connectionString = settings(name);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return FromConnectionString(connectionString);
        }

        var serviceUri = settings($"{name}__blobServiceUri") ?? settings($"{name}__serviceUri");
        if (string.IsNullOrWhiteSpace(serviceUri))
        {
            return null;
        }

        if (!Uri.TryCreate(serviceUri, UriKind.Absolute, out var endpoint))
        {
            throw new ArgumentException($"The app setting '{name}__serviceUri' is not an absolute URL: expected e.g. https://account.blob.core.windows.net.");
        }

        var clientId = settings($"{name}__clientId");
        TokenCredential credential = string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        return ForToken(endpoint, credential);
    }

    public override string ToString() => $"blob {BlobEndpoint}";
}

/// <summary>A storage account name and its base64 key, for Shared Key signing.</summary>
public sealed record StorageSharedKey(string AccountName, string AccountKey)
{
    public override string ToString() => $"StorageSharedKey {{ AccountName = {AccountName} }}";
}
