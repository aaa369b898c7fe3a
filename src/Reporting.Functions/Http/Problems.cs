using Microsoft.AspNetCore.Http;
using Reporting.Domain;

namespace Reporting.Functions.Http;

/// <summary>
/// The HTTP functions' error answers: problem+json with a title and a sentence saying what to do.
/// A value from the request is quoted only through <see cref="Quote"/>, and no detail carries a raw
/// <c>&lt;</c> or <c>&gt;</c>: a client that shows the detail as HTML cannot be made to run a script.
/// </summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) => Problem(detail, 400, "The request cannot be used");

    public static IResult Unauthorized(string detail) => Problem(detail, 401, "Sign in first");

    public static IResult Forbidden(string detail) => Problem(detail, 403, "Not allowed");

    public static IResult NotFound(string detail) => Problem(detail, 404, "Not found");

    public static IResult Conflict(string detail, string statusUrl) => Problem(detail, 409, "Already running", ("statusUrl", statusUrl));

    public static IResult TooLarge(string detail) => Problem(detail, 413, "File too large");

    /// <summary>421: the request named a host this server is not (serve's loopback guard).</summary>
    public static IResult MisdirectedRequest(string detail) => Problem(detail, 421, "Wrong host");

    public static IResult Failed(string detail) => Problem(detail, 500, "The run failed");

    public static IResult StorageUnavailable(string detail) => Problem(detail, 503, "Storage is unavailable");

    public static IResult TooSlow(string detail) => Problem(detail, 503, "The request took too long");

    public static IResult Busy(string detail) => Problem(detail, 503, "The service is busy");

    public static IResult NotConfigured(string detail) => Problem(detail, 503, "The service is not configured safely");

    public static IResult Unexpected(string detail, string requestId) => Problem(detail, 500, "Unexpected error", ("requestId", requestId));

    /// <summary>A request Kestrel could not read (body over the size limit, malformed chunking, too slow): its own status code.</summary>
    public static IResult Unreadable(int statusCode, string detail) => Problem(detail, statusCode, "The request could not be read");

    /// <summary>
    /// A value from the request as a detail quotes it: <c>'measures.csv'</c>, shortened as
    /// <see cref="Excerpt"/> does, when it holds only letters, digits, spaces and <c>. _ - / , : + =</c>;
    /// otherwise "the value given", so no markup or script the caller wrote comes back.
    /// </summary>
    public static string Quote(string? text) =>
        text is not null && text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '_' or '-' or '/' or ',' or ':' or '+' or '=')
            ? $"'{Excerpt.Shorten(text)}'"
            : "the value given";

    private static IResult Problem(string detail, int statusCode, string title, (string Name, object? Value)? extension = null) =>
        Results.Problem(
            detail.Replace('<', '‹').Replace('>', '›'),
            statusCode: statusCode,
            title: title,
            extensions: extension is var (name, value) ? new Dictionary<string, object?> { [name] = value } : null);
}
