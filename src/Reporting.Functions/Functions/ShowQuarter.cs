using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reporting.Application.Routes;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Http;
using Reporting.Functions.Pages;

namespace Reporting.Functions.Functions;

/// <summary>
/// <c>GET /api/service/{council}/{period}</c> (role <c>Reports.Read</c>): one quarter's page: state,
/// published reviews, files, findings, indicators; the upload and Run now forms for <c>Reports.Generate</c>.
/// Reloads itself (HTTP <c>Refresh</c>) while a run is queued or running.
/// </summary>
public sealed class ShowQuarter(PageAdmission admission, QuarterPageHandler page)
{
    [Function(nameof(ShowQuarter))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Quarter)] HttpRequest request,
        string council,
        string period) =>
        admission.ForQuarterAsync(request, AppRoles.Read, council, period, (caller, la, quarter) => page.ShowAsync(request, caller, la, quarter));
}
