using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Functions.Pages;
using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Http;

/// <summary>
/// A failure no function expected still gets an answer and a log entry: the server's own status
/// (413, 400, 408) for a request it could not read; 503 when the store could not be reached or
/// refused (its message names the blob and operation and is written for people), or when the
/// request ran past its time budget (<see cref="RequestTimeBudget"/>), or every upload check slot
/// stayed taken (<see cref="UploadCheckSlots"/>, with <c>Retry-After</c>); otherwise 500
/// with a generic sentence and the request id, the detail going to the log only. The API's routes
/// answer problem+json; the pages' routes (<see cref="ApiRoutes.IsPage"/>) a GOV.UK error page
/// with the same status. Used by the worker middleware in Azure and by the local <c>serve</c>.
/// </summary>
internal static class FailureAnswers
{
    public static IResult For(Exception failure, HttpContext context, ILogger log)
    {
        var (method, path, requestId) = (context.Request.Method, context.Request.Path.Value, context.TraceIdentifier);
        var page = ApiRoutes.IsPage(context.Request.Path);
        switch (Cause(failure))
        {
            case BadHttpRequestException unreadable:
                log.LogWarning("{Method} {Path} could not be read ({StatusCode}): {Reason}", method, path, unreadable.StatusCode, unreadable.Message);
                var tooLarge = unreadable.StatusCode == StatusCodes.Status413PayloadTooLarge;
                return page
                    ? Page(unreadable.StatusCode, tooLarge
                        ? "The files sent are larger than this service accepts. Go back and upload fewer or smaller files."
                        : "What the browser sent could not be read. Go back and try again.")
                    : Problems.Unreadable(unreadable.StatusCode, tooLarge
                        ? "The request body is larger than this service accepts. Send a smaller file."
                        : $"The request body could not be read (server said: {unreadable.Message.TrimEnd('.')}). Send it again as a plain or chunked HTTP body.");
            case RequestTimeBudgetExceededException late:
                log.LogWarning("{Method} {Path} stopped after its time budget of {BudgetSeconds} s (request {RequestId})", method, path, late.Budget.TotalSeconds, requestId);
                return page
                    ? Page(StatusCodes.Status503ServiceUnavailable, "The page took too long to prepare and was stopped. Try again later; if you were uploading files, check the quarter's page to see which were stored.", requestId)
                    : Problems.TooSlow($"The service stopped {method} {path} after {late.Budget.TotalSeconds:0.###} s, the longest it spends on one request. "
                        + "Try again later; a very large file can be checked with the CLI's validate command, and an uploaded file that was being stored may need uploading again.");
            case UploadChecksBusyException busy:
                log.LogWarning("{Method} {Path} refused: {Reason} (request {RequestId})", method, path, busy.Message, requestId);
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(busy.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return page
                    ? Page(StatusCodes.Status503ServiceUnavailable, "The service is busy checking other files. Try again in a few seconds.", requestId)
                    : Problems.Busy($"{busy.Message} Try again after the Retry-After header's seconds.");
            case StoreException store:
                log.LogError(failure, "{Method} {Path} failed (request {RequestId})", method, path, requestId);
                return page
                    ? Page(StatusCodes.Status503ServiceUnavailable, "The service cannot reach its files at the moment. Try again later.", requestId)
                    : Problems.StorageUnavailable($"{store.Message} Try again later; if it persists, check the storage account and the app's access to it.");
            default:
                log.LogError(failure, "{Method} {Path} failed (request {RequestId})", method, path, requestId);
                return page
                    ? Page(StatusCodes.Status500InternalServerError, "The page could not be shown. Try again later.", requestId)
                    : Problems.Unexpected($"The service could not answer {method} {path}. Try again; if it persists, give the service owner request id {requestId}.", requestId);
        }

        static ProblemPageAnswer Page(int statusCode, string text, string? requestId = null) =>
            new(statusCode, ProblemPageAnswer.HeadingFor(statusCode), text, requestId);
    }

    /// <summary>The failure that says what happened, through the wrappers the worker may add.</summary>
    private static Exception Cause(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException or StoreException or RequestTimeBudgetExceededException or UploadChecksBusyException)
            {
                return e;
            }
        }

        return failure;
    }
}
