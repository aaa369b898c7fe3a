using System.Globalization;
using System.Xml.Linq;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Reporting.Storage.Blob;

/// <summary>
/// A small client for the Blob REST operations the pipeline needs — create container, list by
/// prefix (following continuation markers), get with ETag, conditional put, lease
/// acquire/renew/release — built on Azure.Core's <see cref="HttpPipeline"/>, so retries,
/// logging and token authentication come from the pipeline's policies. Failures surface as
/// <see cref="RequestFailedException"/> carrying the HTTP status, the storage error code and a
/// message naming the blob. Thread-safe; one instance per account is enough.
/// </summary>
public sealed class BlobStoreClient
{
    private const string StorageScope = "https://storage.azure.com/.default";

    private readonly HttpPipeline _pipeline;

    public BlobStoreClient(StorageConnection connection, BlobStoreClientOptions? options = null)
    {
        options ??= new BlobStoreClientOptions();
        Connection = connection;
        HttpPipelinePolicy authentication = connection.SharedKey is { } key
            ? new SharedKeySigningPolicy(key)
            : new BearerTokenAuthenticationPolicy(connection.Token!, StorageScope);
        _pipeline = HttpPipelineBuilder.Build(
            options,
            perCallPolicies: [new ServiceVersionPolicy(options.ServiceVersion)],
            perRetryPolicies: [authentication],
            responseClassifier: new ResponseClassifier());
    }

    public StorageConnection Connection { get; }

    /// <summary>Creates the container; returns false when it already existed.</summary>
    public async Task<bool> CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, ContainerUri(container, "restype=container"));
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            201 => true,
            409 when BlobErrors.ErrorCode(response) == "ContainerAlreadyExists" => false,
            _ => throw BlobErrors.Failed(response, "create the container", container),
        };
    }

    /// <summary>
    /// Every blob whose name starts with <paramref name="prefix"/>, in the service's (ordinal)
    /// order, following continuation markers; <paramref name="pageSize"/> caps each page.
    /// An absent container lists nothing.
    /// </summary>
    public async Task<IReadOnlyList<BlobItem>> ListBlobsAsync(string container, string prefix, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var items = new List<BlobItem>();
        string? marker = null;
        do
        {
            var query = "restype=container&comp=list" + Parameter("prefix", prefix) + Parameter("marker", marker)
                + (pageSize is { } size ? Parameter("maxresults", size.ToString(CultureInfo.InvariantCulture)) : string.Empty);
            using var message = CreateMessage(RequestMethod.Get, ContainerUri(container, query));
            var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
            if (response.Status == 404 && BlobErrors.ErrorCode(response) == "ContainerNotFound")
            {
                return [];
            }

            if (response.Status != 200)
            {
                throw BlobErrors.Failed(response, "list", $"{container}/{prefix}*");
            }

            var page = XDocument.Load(response.ContentStream!).Root!;
            foreach (var blob in page.Elements("Blobs").Elements("Blob"))
            {
                var properties = blob.Element("Properties");
                items.Add(new BlobItem(
                    (string)blob.Element("Name")!,
                    long.Parse((string?)properties?.Element("Content-Length") ?? "0", CultureInfo.InvariantCulture),
                    new ETag((string?)properties?.Element("Etag") ?? string.Empty)));
            }

            marker = (string?)page.Element("NextMarker");
        }
        while (!string.IsNullOrEmpty(marker));

        return items;
    }

    /// <summary>The blob's bytes, ETag and content type, or null when it (or its container) does not exist.</summary>
    public async Task<BlobContent?> GetBlobAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, BlobUri(container, name, null));
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return null;
        }

        if (response.Status != 200)
        {
            throw BlobErrors.Failed(response, "read", $"{container}/{name}");
        }

        return new BlobContent(
            name,
            response.Content.ToArray(),
            response.Headers.ETag ?? default,
            response.Headers.ContentType ?? "application/octet-stream");
    }

    /// <summary>
    /// Whether the blob has an active lease (Get Blob Properties: <c>x-ms-lease-state</c> is
    /// <c>leased</c> or <c>breaking</c>); false when the blob or its container does not exist.
    /// </summary>
    public async Task<bool> IsLeasedAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Head, BlobUri(container, name, null));
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return false;
        }

        if (response.Status != 200)
        {
            throw BlobErrors.Failed(response, "read the properties of", $"{container}/{name}");
        }

        return response.Headers.TryGetValue("x-ms-lease-state", out var state)
            && (string.Equals(state, "leased", StringComparison.OrdinalIgnoreCase) || string.Equals(state, "breaking", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Uploads a block blob in one request. <paramref name="conditions"/> may say "only if absent"
    /// (<c>If-None-Match: *</c>) or "only if unchanged" (<c>If-Match</c>); a failed condition is a
    /// <see cref="RequestFailedException"/> with status 409 (BlobAlreadyExists) or 412 (ConditionNotMet).
    /// Returns the new ETag.
    /// </summary>
    public async Task<ETag> PutBlobAsync(string container, string name, ReadOnlyMemory<byte> content, string contentType, BlobConditions conditions = default, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, BlobUri(container, name, null));
        message.Request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        message.Request.Headers.SetValue("Content-Type", contentType);
        if (conditions.IfNoneMatchAny)
        {
            message.Request.Headers.SetValue("If-None-Match", "*");
        }

        if (conditions.IfMatch is { } etag)
        {
            message.Request.Headers.SetValue("If-Match", etag.ToString("H"));
        }

        message.Request.Content = RequestContent.Create(content);
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 201)
        {
            throw BlobErrors.Failed(response, "write", $"{container}/{name}");
        }

        return response.Headers.ETag ?? default;
    }

    /// <summary>
    /// Acquires a lease for 15–60 seconds (or -1 for infinite) on an existing blob. Returns the lease id,
    /// or null when another holder has it (409 LeaseAlreadyPresent).
    /// </summary>
    public async Task<string?> AcquireLeaseAsync(string container, string name, int durationSeconds, CancellationToken cancellationToken = default)
    {
        var response = await LeaseAsync(container, name, "acquire", leaseId: null, durationSeconds, cancellationToken).ConfigureAwait(false);
        if (response.Status == 409 && BlobErrors.ErrorCode(response) == "LeaseAlreadyPresent")
        {
            return null;
        }

        return response.Status == 201 && response.Headers.TryGetValue("x-ms-lease-id", out var id)
            ? id
            : throw BlobErrors.Failed(response, "acquire a lease on", $"{container}/{name}");
    }

    /// <summary>Renews a held lease; fails (409) when it has expired and someone else took it.</summary>
    public async Task RenewLeaseAsync(string container, string name, string leaseId, CancellationToken cancellationToken = default)
    {
        var response = await LeaseAsync(container, name, "renew", leaseId, null, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw BlobErrors.Failed(response, "renew the lease on", $"{container}/{name}");
        }
    }

    /// <summary>Releases a held lease so another run may start at once.</summary>
    public async Task ReleaseLeaseAsync(string container, string name, string leaseId, CancellationToken cancellationToken = default)
    {
        var response = await LeaseAsync(container, name, "release", leaseId, null, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw BlobErrors.Failed(response, "release the lease on", $"{container}/{name}");
        }
    }

    private async Task<Response> LeaseAsync(string container, string name, string action, string? leaseId, int? durationSeconds, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Put, BlobUri(container, name, "comp=lease"));
        message.Request.Headers.SetValue("x-ms-lease-action", action);
        if (leaseId is not null)
        {
            message.Request.Headers.SetValue("x-ms-lease-id", leaseId);
        }

        if (durationSeconds is { } seconds)
        {
            message.Request.Headers.SetValue("x-ms-lease-duration", seconds.ToString(CultureInfo.InvariantCulture));
        }

        return await SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private HttpMessage CreateMessage(RequestMethod method, Uri uri)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(uri);
        return message;
    }

    private async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return message.Response;
    }

    private Uri ContainerUri(string container, string query)
    {
        CheckContainerName(container);
        return new Uri($"{Connection.BlobEndpoint.AbsoluteUri}/{container}?{query}");
    }

    private Uri BlobUri(string container, string name, string? query)
    {
        CheckContainerName(container);
        if (string.IsNullOrEmpty(name) || name.Length > 1024 || name.EndsWith('/') || name.Contains('\\', StringComparison.Ordinal))
        {
            throw BlobErrors.InvalidName("blob", name);
        }

        var path = string.Join('/', name.Split('/').Select(Uri.EscapeDataString));
        return new Uri($"{Connection.BlobEndpoint.AbsoluteUri}/{container}/{path}{(query is null ? string.Empty : "?" + query)}");
    }

    private static void CheckContainerName(string container)
    {
        if (container.Length is < 3 or > 63 || !container.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw BlobErrors.InvalidName("container", container);
        }
    }

    private static string Parameter(string name, string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : $"&{name}={Uri.EscapeDataString(value)}";

    /// <summary>Adds the pinned x-ms-version to every request.</summary>
    private sealed class ServiceVersionPolicy(string version) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => message.Request.Headers.SetValue("x-ms-version", version);
    }
}

/// <summary>A blob as listed: name, size in bytes and ETag.</summary>
public sealed record BlobItem(string Name, long Length, ETag ETag);

/// <summary>A downloaded blob: bytes, ETag and content type.</summary>
public sealed record BlobContent(string Name, byte[] Content, ETag ETag, string ContentType);

/// <summary>Preconditions for a write: create only (<c>If-None-Match: *</c>) and/or replace only a known version (<c>If-Match</c>).</summary>
public readonly record struct BlobConditions(bool IfNoneMatchAny = false, ETag? IfMatch = null);
