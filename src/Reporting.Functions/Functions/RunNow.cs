using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reporting.Application.Routes;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Http;
using Reporting.Functions.Pages;

namespace Reporting.Functions.Functions;

/// <summary>
/// <c>POST /api/service/{council}/{period}/runs</c> (role <c>Reports.Generate</c>, anti-forgery token):
/// the Run now button. Queues the run as <see cref="StartRun"/> does and answers 303 to the quarter's
/// page, which says what happened and follows the run.
/// </summary>
public sealed class RunNow(PageAdmission admission, RunNowHandler handler)
{
    [Function(nameof(RunNow))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.QuarterRuns)] HttpRequest request,
        string council,
        string period) =>
        admission.ForQuarterAsync(request, AppRoles.Generate, council, period, (_, la, quarter) => handler.RunAsync(request, la, quarter));
}
