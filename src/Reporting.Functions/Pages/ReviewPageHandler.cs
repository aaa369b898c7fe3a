using Microsoft.AspNetCore.Http;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Http;
using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Pages;

/// <summary>
/// An audience's published review as an HTML page (rendered by the run from the same model as the
/// PDF), under the pages' security headers; with <c>?run=</c>, as that run published it.
/// </summary>
public sealed class ReviewPageHandler(QuarterReports reports)
{
    /// <summary>The review page, or the page saying there is no such review.</summary>
    public async Task<IResult> ShowAsync(HttpRequest request, CouncilCode council, FinancialQuarter period, string audience) =>
        RequestGuard.IsAudienceId(audience) && TryRun(request, out var run)
        && await reports.GetPublishedAsync(council, period, StoreLayout.HtmlReview(audience), run, request.HttpContext.RequestAborted).ConfigureAwait(false) is { } published
            ? PageAnswers.Page(System.Text.Encoding.UTF8.GetString(published.Content))
            : PageAnswers.NoSuchReview(council, period, audience, "as a web page");

    /// <summary>
    /// The run a review link names (<c>?run=</c>), null for the publication in force; false when the
    /// request names something that is not one run's id, which no page links to.
    /// </summary>
    public static bool TryRun(HttpRequest request, out string? run)
    {
        var given = request.Query[ApiRoutes.RunParameter];
        run = given.Count == 1 ? given[0] : null;
        return given.Count == 0 || StoreLayout.IsRunId(run);
    }
}
