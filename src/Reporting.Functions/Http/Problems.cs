using Microsoft.AspNetCore.Http;

namespace Reporting.Functions.Http;

/// <summary>The HTTP functions' error answers: problem+json with a title and a sentence saying what to do.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: 400, title: "The request cannot be used");

    public static IResult Unauthorized(string detail) => Results.Problem(detail, statusCode: 401, title: "Sign in first");

    public static IResult Forbidden(string detail) => Results.Problem(detail, statusCode: 403, title: "Not allowed");

    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: 404, title: "Not found");

    public static IResult Conflict(string detail, string statusUrl) =>
        Results.Problem(detail, statusCode: 409, title: "Already running", extensions: new Dictionary<string, object?> { ["statusUrl"] = statusUrl });

    public static IResult TooLarge(string detail) => Results.Problem(detail, statusCode: 413, title: "File too large");

    public static IResult Failed(string detail) => Results.Problem(detail, statusCode: 500, title: "The run failed");

    public static IResult StorageUnavailable(string detail) => Results.Problem(detail, statusCode: 503, title: "Storage is unavailable");

    public static IResult TooSlow(string detail) => Results.Problem(detail, statusCode: 503, title: "The request took too long");

    public static IResult Busy(string detail) => Results.Problem(detail, statusCode: 503, title: "The service is busy");

    public static IResult NotConfigured(string detail) => Results.Problem(detail, statusCode: 503, title: "The service is not configured safely");

    public static IResult Unexpected(string detail, string requestId) =>
        Results.Problem(detail, statusCode: 500, title: "Unexpected error", extensions: new Dictionary<string, object?> { ["requestId"] = requestId });

    /// <summary>A request Kestrel could not read (body over the size limit, malformed chunking, too slow): its own status code.</summary>
    public static IResult Unreadable(int statusCode, string detail) => Results.Problem(detail, statusCode: statusCode, title: "The request could not be read");
}
