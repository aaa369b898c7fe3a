using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Http;
using Reporting.Functions.Pages;

using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Functions;

/// <summary>
/// <c>GET /api/service/{council}/{period}/documents/{audience}</c> (role <c>Reports.Read</c>): a published
/// review PDF for the pages' download links, served as <see cref="GetDocument"/> serves it, but signed
/// in by App Service Authentication rather than a function key (which a browser link cannot carry).
/// </summary>
public sealed class DownloadReview(LeadPages pages, PublishedFiles files)
{
    [Function(nameof(DownloadReview))]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.QuarterDocument)] HttpRequest request,
        string council,
        string period,
        string audience)
    {
        var (_, refusal) = await pages.AdmitAsync(request, AppRoles.Read).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        return RequestGuard.IsAudienceId(audience)
            ? await files.ServeAsync(request, council, period, StoreLayout.ReviewDocument(audience)).ConfigureAwait(false)
            : await pages.ProblemAsync(StatusCodes.Status404NotFound, "Page not found", "There is no such review. Go back to the quarter's page and choose one of its published reviews.").ConfigureAwait(false);
    }
}
