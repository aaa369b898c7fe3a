using Azure;
using Azure.Core;

namespace Reporting.Storage.Blob;

/// <summary>
/// The one place that words the Blob client's errors, so call sites read
/// <c>throw BlobErrors.Failed(response, "read", blob)</c>.
/// </summary>
internal static class BlobErrors
{
    /// <summary>A service failure: status, the storage error code (x-ms-error-code) and the blob it concerned.</summary>
    public static RequestFailedException Failed(Response response, string operation, string resource)
    {
        var code = ErrorCode(response);
        var message = $"Blob Storage refused to {operation} '{resource}': HTTP {response.Status} {code ?? response.ReasonPhrase}. {Advice(response.Status, code)}".TrimEnd();
        return new RequestFailedException(response.Status, message, code, null);
    }

    public static string? ErrorCode(Response response) =>
        response.Headers.TryGetValue("x-ms-error-code", out var code) && !string.IsNullOrEmpty(code) ? code : null;

    public static ArgumentException InvalidConnectionString(string reason) =>
        new($"The storage connection string is not usable: {reason}. Use 'UseDevelopmentStorage=true' for Azurite, or 'DefaultEndpointsProtocol=https;AccountName=...;AccountKey=...;EndpointSuffix=core.windows.net'.");

    public static ArgumentException InvalidName(string what, string name) =>
        new($"'{name}' is not a valid {what} name for Blob Storage.", what);

    private static string Advice(int status, string? code) => (status, code) switch
    {
        (403, _) => "Check the account key, or that the identity has the 'Storage Blob Data Contributor' role on the account.",
        (404, "ContainerNotFound") => "Create the container first.",
        (409, "LeaseAlreadyPresent") => "Another run holds the lease.",
        (412, _) => "The blob changed since it was read; read it again.",
        (>= 500, _) => "The service kept failing after retries; try again later.",
        _ => string.Empty,
    };
}
