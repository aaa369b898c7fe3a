using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reporting.Application.Routes;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Hosting;
using Reporting.Functions.Http;
using Reporting.Pipeline;
using Reporting.Pipeline.Queueing;

namespace Reporting.Functions.Functions;

/// <summary>
/// <c>POST /api/runs/{council}/{period}</c> (role <c>Reports.Generate</c>; <c>?audience=dfe</c>,
/// <c>?force=true</c>, <c>?publishWithErrors=true</c>, <c>?publishIncomplete=true</c>, or the same as a JSON body
/// <c>{"force": true, "publishWithErrors": true, "publishIncomplete": true, "audiences": ["dfe"]}</c>): answers at once when there is nothing to render (200 unchanged, 404 no
/// uploads, 400 unknown audience, a quarter not ended or a council not set up), 409 when a run of the quarter is already queued or running,
/// otherwise queues the run and answers 202 with the status URL. The run itself is the queue
/// function's, so no work outlives this invocation.
/// </summary>
public sealed class StartRun(QueuedRuns runs, ILogger<StartRun> log)
{
    [Function(nameof(StartRun))]
    [Admit(AppRoles.Generate)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.StartRun)] HttpRequest request,
        string council,
        string period)
    {
        var (la, quarter) = AdmittedQuarter.Of(request);
        if (!RequestGuard.TryParseAudiences(request, out var audiences, out var problem)
            || !RequestGuard.TryParseForce(request, out var force, out problem)
            || !RequestGuard.TryParsePublishWithErrors(request, out var publishWithErrors, out problem)
            || !RequestGuard.TryParsePublishIncomplete(request, out var publishIncomplete, out problem))
        {
            return problem!;
        }

        var body = await RequestGuard.ReadStartBodyAsync(request).ConfigureAwait(false);
        if (body.Problem is { } unreadable)
        {
            return unreadable;
        }

        force |= body.Force;
        publishWithErrors |= body.PublishWithErrors;
        publishIncomplete |= body.PublishIncomplete;
        audiences = [.. audiences.Union(body.Audiences)];
        var answer = await runs.RequestAsync(new RunRequest(la, quarter, audiences, force, publishWithErrors, publishIncomplete), request.HttpContext.RequestAborted).ConfigureAwait(false);
        var statusUrl = ApiRoutes.StatusUrl(la, quarter);
        if (answer.Result is { } result)
        {
            log.LogInformation("On-demand run for {Council} {Period} answered at once: {Outcome}", la, quarter, result.Outcome);
            return Immediate(la, quarter, result);
        }

        var state = answer.State!;
        if (answer.AlreadyActive)
        {
            log.LogInformation("On-demand run for {Council} {Period} refused: run {Reference} is {State}", la, quarter, state.Reference, state.State);
            return Problems.Conflict($"A run for council {la} {quarter.ShortLabel} is already {state.State} (run reference {state.Reference}); follow it at the status URL.", statusUrl);
        }

        log.LogInformation("On-demand run {Reference} for {Council} {Period} queued (audiences {Audiences}, force {Force})", state.Reference, la, quarter, audiences.Count == 0 ? "all" : string.Join(",", audiences), force);
        request.HttpContext.Response.Headers.Location = statusUrl;
        return Results.Json(new { status = state.State, message = $"The run for council {la} {quarter.ShortLabel} is queued; follow it at the status URL.", reference = state.Reference, statusUrl }, statusCode: StatusCodes.Status202Accepted);
    }

    private static IResult Immediate(CouncilCode council, FinancialQuarter period, RunResult result) => result.Outcome switch
    {
        RunOutcome.NoInputs => Problems.NotFound(result.Message),
        RunOutcome.InvalidRequest => Problems.BadRequest(result.Message),
        _ => Results.Json(new
        {
            status = RunStates.Of(result.Outcome),
            message = result.Message,
            runId = result.Manifest?.RunId,
            errors = result.Manifest?.Errors ?? 0,
            warnings = result.Manifest?.Warnings ?? 0,
            documents = (result.Manifest?.ReviewDocuments() ?? []).Select(o => ApiRoutes.DocumentUrl(council, period, o.Audience!)),
            manifestUrl = ApiRoutes.ManifestUrl(council, period),
            statusUrl = ApiRoutes.StatusUrl(council, period),
        }),
    };
}
