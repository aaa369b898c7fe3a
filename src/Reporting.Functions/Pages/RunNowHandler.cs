using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Reporting.Application.Routes;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Pipeline;
using Reporting.Pipeline.Queueing;

namespace Reporting.Functions.Pages;

/// <summary>Run now: queues the quarter's run (or says why not) and sends the browser back to the quarter's page, which follows it.</summary>
public sealed class RunNowHandler(QueuedRuns runs)
{
    /// <summary>The form's request to run, answered 303 to the quarter's page with what it did (<c>?notice=</c>).</summary>
    public async Task<IResult> RunAsync(HttpRequest request, CouncilCode council, FinancialQuarter period)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = 16 * 1024;
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false) : null;
        if (PageAdmission.RefuseForm(request, form) is { } expired)
        {
            return expired;
        }

        var force = form!["force"].ToString() == "true";
        var answer = await runs.RequestAsync(new RunRequest(council, period, [], force), request.HttpContext.RequestAborted).ConfigureAwait(false);
        var notice = answer.Result?.Outcome switch
        {
            RunOutcome.Unchanged or RunOutcome.Published => "unchanged",
            RunOutcome.NoInputs => "no-inputs",
            RunOutcome.InvalidRequest => "invalid",
            _ => answer.AlreadyActive ? "already" : "queued",
        };
        request.HttpContext.Response.Headers.Location = $"{ApiRoutes.QuarterUrl(council, period)}?{ApiRoutes.NoticeParameter}={notice}";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
