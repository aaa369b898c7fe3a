using Microsoft.AspNetCore.Http;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Hosting;
using Reporting.Functions.Http;

namespace Reporting.Functions.Functions;

/// <summary>
/// Serves one file the manifest in force lists, for the read functions (manifest, indicators,
/// documents, each admitted for role <c>Reports.Read</c>): the file's SHA-256 as its ETag (an <c>If-None-Match</c>
/// naming it, in a list or as <c>*</c>, gets 304), PDFs as a download named after the council and quarter.
/// </summary>
public sealed class PublishedFiles(QuarterReports reports)
{
    /// <summary>The file for an admitted request (<see cref="AdmittedQuarter"/>), or 404 saying how to publish it.</summary>
    public async Task<IResult> ServeAsync(HttpRequest request, string file)
    {
        var (la, quarter) = AdmittedQuarter.Of(request);
        return await ServeAsync(request, la, quarter, file).ConfigureAwait(false)
            ?? Problems.NotFound($"Council {la} {quarter.ShortLabel} has no published {file}. Start a run with POST {ApiRoutes.StartRunUrl(la, quarter)}, or check the quarter at {ApiRoutes.StatusUrl(la, quarter)}.");
    }

    /// <summary>
    /// The file for a request already admitted, or null when the manifest in force does not list it
    /// (each caller says so in its own form); with <paramref name="run"/>, as that run published it.
    /// </summary>
    public async Task<IResult?> ServeAsync(HttpRequest request, CouncilCode la, FinancialQuarter quarter, string file, string? run = null)
    {
        if (await reports.GetPublishedAsync(la, quarter, file, run, request.HttpContext.RequestAborted).ConfigureAwait(false) is not { } published)
        {
            return null;
        }

        var etag = $"\"{published.Sha256}\"";
        if (EntityTags.NotModified(request, etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        request.HttpContext.Response.Headers.ETag = etag;
        var downloadName = file.EndsWith(".pdf", StringComparison.Ordinal) ? $"{la}-{quarter}-{(run is null ? string.Empty : run + "-")}{file}" : null;
        return Results.File(published.Content, published.ContentType, downloadName);
    }
}
