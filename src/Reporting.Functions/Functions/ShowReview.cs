using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reporting.Application.Routes;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Http;
using Reporting.Functions.Pages;

namespace Reporting.Functions.Functions;

/// <summary>
/// <c>GET /api/service/{council}/{period}/reviews/{audience}</c> (role <c>Reports.Read</c>): a published
/// review as an HTML page, the same figures as its PDF, which it offers as a download; with
/// <c>?run={run id}</c>, as that run published it.
/// </summary>
public sealed class ShowReview(PageAdmission admission, ReviewPageHandler page)
{
    [Function(nameof(ShowReview))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.QuarterReview)] HttpRequest request,
        string council,
        string period,
        string audience) =>
        admission.ForQuarterAsync(request, AppRoles.Read, council, period, (_, la, quarter) => page.ShowAsync(request, la, quarter, audience));
}
