using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reporting.Application.Routes;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Hosting;
using Reporting.Functions.Http;
using Reporting.Pipeline;

namespace Reporting.Functions.Functions;

/// <summary>
/// <c>DELETE /api/runs/{council}/{period}/lock</c> (role <c>Reports.Generate</c>): the operator's way
/// to free the run lock of a run that died, instead of waiting the 15 s it takes to free itself.
/// A run still going on loses its lock and publishes nothing, so use it only when none is.
/// </summary>
public sealed class BreakRunLock(ReportRun run, ILogger<BreakRunLock> log)
{
    [Function(nameof(BreakRunLock))]
    [Admit(AppRoles.Generate)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = ApiRoutes.RunLock)] HttpRequest request,
        string council,
        string period)
    {
        var (la, quarter) = AdmittedQuarter.Of(request);

        var broken = await run.BreakLockAsync(la, quarter, request.HttpContext.RequestAborted).ConfigureAwait(false);
        log.LogWarning("Run lock of {Council} {Period} broken by request: {Broken}", la, quarter, broken ? "a lock was held" : "no lock was held");
        return Results.Json(new
        {
            broken,
            message = broken
                ? $"The run lock of council {la} {quarter.ShortLabel} was broken; a new run can start."
                : $"Council {la} {quarter.ShortLabel} had no run lock held; nothing to break.",
            statusUrl = ApiRoutes.StatusUrl(la, quarter),
        });
    }
}
