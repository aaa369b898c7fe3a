using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reporting.Application.Routes;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Http;
using Reporting.Functions.Pages;

namespace Reporting.Functions.Functions;

/// <summary>
/// <c>GET /api/service</c> (role <c>Reports.Read</c>): the leads' first page, every council's quarters
/// with their state. Anonymous at the Functions level: App Service Authentication signs people in
/// in front of it, and the page refuses to answer when that is off (see infra/README.md).
/// </summary>
public sealed class ShowQuarters(PageAdmission admission, QuartersPageHandler page)
{
    [Function(nameof(ShowQuarters))]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Quarters)] HttpRequest request)
    {
        var (caller, refusal) = admission.Admit(request, AppRoles.Read);
        return refusal ?? await page.ShowAsync(caller!, request.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
