using Reporting.Domain;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Runs;

namespace Reporting.Functions.Routes;

/// <summary>
/// The HTTP functions, reached through the host's proxy at their own paths (function.json routes
/// under <c>/api</c>): start a run, follow it, fetch what a run published, validate a file.
/// </summary>
internal static class ReportRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/runs/{council}/{period}", StartRunAsync);
        app.MapGet("/api/reports/{council}/{period}/status", StatusAsync);
        app.MapGet("/api/reports/{council}/{period}/manifest", (HttpContext c, string council, string period) => PublishedAsync(c, council, period, "manifest.json"));
        app.MapGet("/api/reports/{council}/{period}/indicators", (HttpContext c, string council, string period) =>
            c.Request.Query["format"].ToString().Equals("csv", StringComparison.OrdinalIgnoreCase)
                ? PublishedAsync(c, council, period, "indicators.csv")
                : PublishedAsync(c, council, period, "indicators.json"));
        app.MapGet("/api/reports/{council}/{period}/documents/{audience}", (HttpContext c, string council, string period, string audience) =>
        {
            var id = audience.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? audience[..^4] : audience;
            return RequestGuard.IsAudienceId(id)
                ? PublishedAsync(c, council, period, DocumentFile(id))
                : Task.FromResult(Problems.BadRequest($"'{Excerpt.Shorten(audience)}' is not an audience id: use e.g. dfe or essex."));
        });
        app.MapPost("/api/validate/{council}/{period}/{**file}", ValidateAsync);
    }

    public static string StatusUrl(CouncilCode council, FinancialQuarter period) => $"/api/reports/{council}/{period}/status";

    public static string ManifestUrl(CouncilCode council, FinancialQuarter period) => $"/api/reports/{council}/{period}/manifest";

    public static string DocumentUrl(CouncilCode council, FinancialQuarter period, string audience) => $"/api/reports/{council}/{period}/documents/{audience}";

    private const string DocumentSuffix = "-review.pdf";

    private static string DocumentFile(string audience) => audience + DocumentSuffix;

    /// <summary>The audience of a published file name, or null when it is not a review document.</summary>
    private static string? DocumentAudience(string file) => file.EndsWith(DocumentSuffix, StringComparison.Ordinal) ? file[..^DocumentSuffix.Length] : null;

    private static async Task<IResult> StartRunAsync(HttpContext context, string council, string period, HandlerOptions options, RunCoordinator runs, ILoggerFactory loggers)
    {
        if (RequestGuard.Authorise(context, options, AppRoles.Generate) is { } denied)
        {
            return denied;
        }

        if (!RequestGuard.TryParseQuarter(council, period, out var la, out var quarter, out var problem)
            || !RequestGuard.TryParseAudiences(context.Request, out var audiences, out problem)
            || !RequestGuard.TryParseForce(context.Request, out var force, out problem))
        {
            return problem!;
        }

        var log = loggers.CreateLogger("Reporting.Functions.OnDemandRun");
        var statusUrl = StatusUrl(la, quarter);
        var (run, started) = runs.Start(la, quarter, audiences, force);
        if (!started)
        {
            log.LogInformation("On-demand run for {Council} {Period} refused: this instance is already running it", la, quarter);
            return Problems.Conflict($"A run for council {la} {quarter.ShortLabel} is already in progress; follow it at the status URL.", statusUrl);
        }

        log.LogInformation("On-demand run {Reference} for {Council} {Period} started (audiences {Audiences}, force {Force})", run.Reference, la, quarter, audiences.Count == 0 ? "all" : string.Join(",", audiences), force);
        try
        {
            await run.Task.WaitAsync(options.RunWait, context.RequestAborted).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The run goes on detached; the coordinator logs how it ends.
            context.Response.Headers.Location = statusUrl;
            return Results.Json(new { status = RunStates.Running, message = $"The run for council {la} {quarter.ShortLabel} is still going; follow it at the status URL.", statusUrl }, statusCode: 202);
        }
        catch (Exception) when (run.Task.IsFaulted)
        {
            // Answered below from the run's task.
        }

        return RunAnswer(la, quarter, run);
    }

    private static IResult RunAnswer(CouncilCode council, FinancialQuarter period, TrackedRun run)
    {
        var statusUrl = StatusUrl(council, period);
        if (!run.Task.IsCompletedSuccessfully)
        {
            return Problems.Failed($"The run for council {council} {period.ShortLabel} failed and the previous publication is unchanged. {run.FailureText}");
        }

        var summary = run.Task.Result;
        return summary.Status switch
        {
            RunStatus.AlreadyRunning => Problems.Conflict(summary.Message, statusUrl),
            RunStatus.NoInputs => Problems.NotFound(summary.Message),
            RunStatus.InvalidRequest => Problems.BadRequest(summary.Message),
            _ => Results.Json(new
            {
                status = RunStates.Of(summary.Status),
                message = summary.Message,
                runId = summary.RunId,
                errors = summary.Errors,
                warnings = summary.Warnings,
                documents = (summary.Documents ?? []).Select(d => DocumentUrl(council, period, d)),
                manifestUrl = ManifestUrl(council, period),
                statusUrl,
            }),
        };
    }

    private static async Task<IResult> StatusAsync(HttpContext context, string council, string period, HandlerOptions options, IQuarterReports reports, RunCoordinator runs)
    {
        if (RequestGuard.Authorise(context, options, AppRoles.Read) is { } denied)
        {
            return denied;
        }

        if (!RequestGuard.TryParseQuarter(council, period, out var la, out var quarter, out var problem))
        {
            return problem!;
        }

        var status = await reports.GetStatusAsync(la, quarter, context.RequestAborted).ConfigureAwait(false);
        var latest = runs.Latest(la, quarter);
        var lastRun = latest is null
            ? null
            : new
            {
                state = RunStates.Of(latest),
                startedAt = latest.StartedAt,
                audiences = latest.Audiences,
                force = latest.Force,
                message = latest.Task switch
                {
                    { IsCompleted: false } => null,
                    { IsCompletedSuccessfully: true } task => task.Result.Message,
                    _ => $"The run failed and the previous publication is unchanged. {latest.FailureText}",
                },
            };
        return Results.Json(new
        {
            council = la.Value,
            period = quarter.ToString(),
            label = quarter.Label,
            running = latest is { Task.IsCompleted: false } || status.RunInProgress,
            lastRun,
            inputs = status.Inputs,
            published = status.Published is { } p
                ? new
                {
                    p.RunId,
                    p.FinishedAt,
                    p.Errors,
                    p.Warnings,
                    files = p.Files,
                    documents = p.Files.Select(DocumentAudience).OfType<string>().Select(a => DocumentUrl(la, quarter, a)),
                }
                : null,
            findings = status.Findings.Select(f => new { severity = f.Severity.ToString().ToLowerInvariant(), file = f.File, location = f.Location, text = f.ToString() }),
        });
    }

    private static async Task<IResult> PublishedAsync(HttpContext context, string council, string period, string file)
    {
        var options = context.RequestServices.GetRequiredService<HandlerOptions>();
        if (RequestGuard.Authorise(context, options, AppRoles.Read) is { } denied)
        {
            return denied;
        }

        if (!RequestGuard.TryParseQuarter(council, period, out var la, out var quarter, out var problem))
        {
            return problem!;
        }

        var reports = context.RequestServices.GetRequiredService<IQuarterReports>();
        var published = await reports.GetPublishedAsync(la, quarter, file, context.RequestAborted).ConfigureAwait(false);
        if (published is null)
        {
            return Problems.NotFound($"Council {la} {quarter.ShortLabel} has no published {file}. Start a run with POST /api/runs/{la}/{quarter}, or check the quarter at {StatusUrl(la, quarter)}.");
        }

        var etag = $"\"{published.Sha256}\"";
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            return Results.StatusCode(304);
        }

        context.Response.Headers.ETag = etag;
        var downloadName = file.EndsWith(".pdf", StringComparison.Ordinal) ? $"{la}-{quarter}-{file}" : null;
        return Results.File(published.Content, published.ContentType, downloadName);
    }

    private static async Task<IResult> ValidateAsync(HttpContext context, string council, string period, string? file, HandlerOptions options, IQuarterReports reports, ILoggerFactory loggers)
    {
        if (RequestGuard.Authorise(context, options, AppRoles.Read) is { } denied)
        {
            return denied;
        }

        if (!RequestGuard.TryParseQuarter(council, period, out var la, out var quarter, out var problem))
        {
            return problem!;
        }

        if (!RequestGuard.IsUploadName(file))
        {
            return Problems.BadRequest($"'{Excerpt.Shorten(file ?? string.Empty)}' is not an upload name: give the file's name within the quarter folder, e.g. measures.csv or ssda903/episodes.csv.");
        }

        // Kestrel's own limit (30 MB by default) would otherwise cut in first; one byte more than
        // ours, so the answer is our 413 with its advice.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = options.MaxUploadBytes + 1;
        }

        if (context.Request.ContentLength > options.MaxUploadBytes)
        {
            return TooLarge(file!, options);
        }

        byte[]? content;
        try
        {
            content = await ReadLimitedAsync(context.Request.Body, options.MaxUploadBytes, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel saw the limit pass before this read did (a chunked body arrives in large pieces).
            content = null;
        }

        if (content is null)
        {
            return TooLarge(file!, options);
        }

        if (content.Length == 0)
        {
            return Problems.BadRequest($"The request had no content: send the bytes of {file} as the request body.");
        }

        var clock = Stopwatch.StartNew();
        var check = await reports.ValidateAsync(la, quarter, file!, content, context.RequestAborted).ConfigureAwait(false);
        loggers.CreateLogger("Reporting.Functions.Validate").LogInformation(
            "Validated {File} for {Council} {Period}: {Bytes} bytes, {Findings} findings, usable {Usable}, {ElapsedMs} ms",
            file, la, quarter, content.Length, check.Findings.Count, check.Usable, clock.ElapsedMilliseconds);
        return Results.Json(new
        {
            file,
            usable = check.Usable,
            errors = check.Findings.Count(f => f.Severity == Domain.Findings.Severity.Error),
            warnings = check.Findings.Count(f => f.Severity == Domain.Findings.Severity.Warning),
            findings = check.Findings.Select(f => new { severity = f.Severity.ToString().ToLowerInvariant(), location = f.Location, text = f.ToString() }),
        });
    }

    private static IResult TooLarge(string file, HandlerOptions options) =>
        Problems.TooLarge($"{file} is larger than {options.MaxUploadBytes / (1024 * 1024)} MB, the most this service validates at once. Split it, or check it with the CLI's validate command.");

    /// <summary>The whole body, or null as soon as it passes <paramref name="limit"/> bytes (works for chunked bodies too).</summary>
    internal static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
