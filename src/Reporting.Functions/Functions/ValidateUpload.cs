using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Domain;
using Reporting.Domain.Findings;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Hosting;
using Reporting.Functions.Http;

namespace Reporting.Functions.Functions;

/// <summary>
/// <c>POST /api/validate/{council}/{period}/{file}</c> (role <c>Reports.Read</c>): checks one file
/// (the request body) as if uploaded to the quarter's folder, without storing it, and answers with
/// every finding. Bodies over <c>Reporting__MaxUploadMegabytes</c> get 413 without being read whole.
/// </summary>
public sealed class ValidateUpload(FunctionOptions options, QuarterReports reports, ILogger<ValidateUpload> log)
{
    [Function(nameof(ValidateUpload))]
    [Admit(AppRoles.Read)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.Validate)] HttpRequest request,
        string council,
        string period,
        string? file)
    {
        var (la, quarter) = AdmittedQuarter.Of(request);

        if (!RequestGuard.IsUploadName(file))
        {
            return Problems.BadRequest($"{Problems.Quote(file)} is not an upload name: give the file's name within the quarter folder, e.g. measures.csv or ssda903/episodes.csv.");
        }

        // The server's own limit (30 MB by default) would otherwise cut in first; one byte more than
        // ours, so the answer is our 413 with its advice.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = options.MaxUploadBytes + 1;
        }

        if (request.ContentLength > options.MaxUploadBytes)
        {
            return TooLarge(file!);
        }

        byte[]? content;
        try
        {
            content = await RequestBody.ReadLimitedAsync(request.Body, options.MaxUploadBytes, request.HttpContext.RequestAborted, request.ContentLength).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server saw the limit pass before this read did (a chunked body arrives in large pieces).
            content = null;
        }

        if (content is null)
        {
            return TooLarge(file!);
        }

        if (content.Length == 0)
        {
            return Problems.BadRequest($"The request had no content: send the bytes of {file} as the request body.");
        }

        var clock = Stopwatch.StartNew();
        var check = await reports.ValidateAsync(la, quarter, file!, content, request.HttpContext.RequestAborted).ConfigureAwait(false);
        log.LogInformation(
            "Validated {File} for {Council} {Period}: {Bytes} bytes, {Findings} findings, usable {Usable}, {ElapsedMs} ms",
            file, la, quarter, content.Length, check.Findings.Count, check.Usable, clock.ElapsedMilliseconds);
        return Results.Json(new
        {
            file,
            usable = check.Usable,
            errors = check.Findings.Count(f => f.Severity == Severity.Error),
            warnings = check.Findings.Count(f => f.Severity == Severity.Warning),
            findings = check.Findings.Select(f => new { severity = f.Severity.ToString().ToLowerInvariant(), location = f.Location, text = f.ToString() }),
        });
    }

    private IResult TooLarge(string file) =>
        Problems.TooLarge($"{file} is larger than {options.MaxUploadBytes / (1024 * 1024)} MB, the most this service validates at once. Split it, or check it with the CLI's validate command.");
}
