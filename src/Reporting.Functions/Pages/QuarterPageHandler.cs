using Microsoft.AspNetCore.Http;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Hosting;
using Reporting.Functions.Http;
using Reporting.Web;
using Reporting.Web.Pages;

namespace Reporting.Functions.Pages;

/// <summary>
/// Page 2, one quarter: read once from <see cref="QuarterReports"/>, its model built by
/// <see cref="QuarterPageModel"/> with the pages' routes, and the upload and Run now forms for a
/// caller who may generate. The page reloads itself while a run is under way.
/// </summary>
public sealed class QuarterPageHandler(FunctionOptions options, QuarterReports reports, PageRenderer renderer, TimeProvider time)
{
    /// <summary>How often a quarter page reloads itself while a run is queued or running.</summary>
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(5);

    /// <summary>Page 2; <c>?notice=</c> is what a run request just did; the page reloads itself while a run is under way, unless <c>?refresh=off</c>.</summary>
    public async Task<IResult> ShowAsync(HttpRequest request, PageCaller caller, CouncilCode council, FinancialQuarter period)
    {
        var quarter = await reports.ReadQuarterAsync(council, period, request.HttpContext.RequestAborted).ConfigureAwait(false);
        var links = new QuarterLinks(
            ApiRoutes.QuarterUrl(council, period),
            ApiRoutes.QuarterFilesUrl(council, period),
            ApiRoutes.QuarterRunsUrl(council, period),
            (audience, run) => ApiRoutes.QuarterDocumentUrl(council, period, audience, run),
            (audience, run) => ApiRoutes.QuarterReviewUrl(council, period, audience, run));
        var model = QuarterPageModel.From(
            new QuarterPageRequest(
                PageAnswers.Frame($"Council {council}, {period.ShortLabel}", caller, new Crumb("Councils and quarters", ApiRoutes.QuartersUrl)),
                council,
                period,
                time.GetUtcNow(),
                request.Query[ApiRoutes.NoticeParameter].ToString(),
                request.Query["refresh"].ToString() == "off",
                links,
                FormToken.Field,
                caller.CanGenerate ? FormToken.Issue(request.HttpContext) : null,
                options.MaxUploadBytes),
            quarter);
        return PageAnswers.Page(await renderer.RenderAsync(model).ConfigureAwait(false), refreshAfter: model.RefreshUrl is null ? null : RefreshEvery);
    }
}
