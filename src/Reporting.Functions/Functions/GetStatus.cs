using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Hosting;
using Reporting.Functions.Http;
using Reporting.Pipeline.Queueing;

using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Functions;

/// <summary>
/// <c>GET /api/reports/{council}/{period}/status</c> (role <c>Reports.Read</c>): the quarter's
/// state (queued, running, retrying, published, failed, …), the latest run with its message (the last
/// error when it failed), the uploads, the publication in force and its findings.
/// </summary>
public sealed class GetStatus(QuarterReports reports, TimeProvider time)
{
    [Function(nameof(GetStatus))]
    [Admit(AppRoles.Read)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Status)] HttpRequest request,
        string council,
        string period)
    {
        var (la, quarter) = AdmittedQuarter.Of(request);

        var status = await reports.GetStatusAsync(la, quarter, withFindings: true, request.HttpContext.RequestAborted).ConfigureAwait(false);
        var last = status.LastRun;
        var active = last is not null && last.IsActiveAt(time.GetUtcNow());
        var state = status.StateAt(time.GetUtcNow());
        return Results.Json(new
        {
            council = la.Value,
            period = quarter.ToString(),
            label = quarter.Label,
            state,
            message = state == RunStates.OutOfDate ? status.OutOfDateMessage : null,
            running = status.RunInProgress || (active && last!.State == RunStates.Running),
            lastRun = last is null
                ? null
                : new
                {
                    state = last.State,
                    message = last.Message,
                    reference = last.Reference,
                    origin = last.Origin,
                    audiences = last.Audiences,
                    force = last.Force,
                    requestedAt = last.RequestedAt,
                    updatedAt = last.UpdatedAt,
                    attempt = last.Attempt,
                    runId = last.RunId,
                },
            changesSincePublished = status.ChangesSincePublished,
            inputs = status.Inputs,
            published = status.Published is { } p
                ? new
                {
                    p.RunId,
                    p.FinishedAt,
                    p.Errors,
                    p.Warnings,
                    files = p.Files,
                    documents = p.Files.Select(StoreLayout.ReviewDocumentAudience).OfType<string>().Select(a => ApiRoutes.DocumentUrl(la, quarter, a)),
                }
                : null,
            findings = status.Findings.Select(f => new { severity = f.Severity.ToString().ToLowerInvariant(), file = f.File, location = f.Location, text = f.ToString() }),
        });
    }
}
