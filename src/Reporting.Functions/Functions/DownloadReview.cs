using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reporting.Application.Routes;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Http;
using Reporting.Functions.Pages;
using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Functions;

/// <summary>
/// <c>GET /api/service/{council}/{period}/documents/{audience}</c> (role <c>Reports.Read</c>): a published
/// review PDF for the pages' download links, served as <see cref="GetDocument"/> serves it, but signed
/// in by App Service Authentication rather than a function key (which a browser link cannot carry),
/// and refused with the pages' error pages. With <c>?run={run id}</c>, the review as that run published
/// it, while its run's folder is kept (the quarter page links each earlier run's reviews so).
/// </summary>
public sealed class DownloadReview(PageAdmission admission, PublishedFiles files)
{
    [Function(nameof(DownloadReview))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.QuarterDocument)] HttpRequest request,
        string council,
        string period,
        string audience) =>
        admission.ForQuarterAsync(request, AppRoles.Read, council, period, async (_, la, quarter) =>
            RequestGuard.IsAudienceId(audience) && ReviewPageHandler.TryRun(request, out var run)
            && await files.ServeAsync(request, la, quarter, StoreLayout.ReviewDocument(audience), run).ConfigureAwait(false) is { } served
                ? served
                : PageAnswers.NoSuchReview(la, quarter, audience, "as a PDF"));
}
