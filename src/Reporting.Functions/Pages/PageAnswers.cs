using Microsoft.AspNetCore.Http;
using Reporting.Application.Routes;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Http;
using Reporting.Web.Pages;

namespace Reporting.Functions.Pages;

/// <summary>
/// What every page handler answers with: a rendered page, the GOV.UK error pages (what went wrong
/// and what to do), and the frame around each page's content from the pages' one set of routes.
/// </summary>
public static class PageAnswers
{
    /// <summary>A page saying what went wrong and what to do, with its status code.</summary>
    public static IResult Problem(int statusCode, string heading, string text) => new ProblemPageAnswer(statusCode, heading, text);

    /// <summary>The page for a review that is not published (or an audience that is not one).</summary>
    public static IResult NoSuchReview(CouncilCode council, FinancialQuarter period, string audience, string form) =>
        Problem(StatusCodes.Status404NotFound, "Page not found", RequestGuard.IsAudienceId(audience)
            ? $"Council {council} {period.ShortLabel} has no published {audience} review {form}. Go back to the quarter's page and choose one of its published reviews."
            : "There is no such review. Go back to the quarter's page and choose one of its published reviews.");

    /// <summary>The page for a form that did not come from this service's page, or whose token has expired.</summary>
    public static IResult FormExpired() => Problem(
        StatusCodes.Status400BadRequest,
        "The form has expired",
        "The form was not sent from this service's page, or its security token has expired. Go back, reload the page and send it again.");

    /// <summary>What every page shows around its content (see <see cref="PageFrame"/>), from the pages' one set of routes.</summary>
    public static PageFrame Frame(string title, PageCaller? caller, params Crumb[] crumbs) =>
        new(title, ApiRoutes.PageAssetBase, ApiRoutes.QuartersUrl, caller?.Name, crumbs);

    /// <summary>A rendered page with its status code, reloading itself after <paramref name="refreshAfter"/> when given.</summary>
    public static IResult Page(string html, int statusCode = StatusCodes.Status200OK, TimeSpan? refreshAfter = null) => new HtmlPage(html, statusCode, refreshAfter);
}
