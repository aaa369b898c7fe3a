using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Hosting;
using Reporting.Functions.Http;

namespace Reporting.Functions.Pages;

/// <summary>
/// The one admission of the pages' callers, refused with the GOV.UK error pages rather than the
/// API's problem details: sign-in (503 when a function app's pages would run without it), the app
/// role as for the API (401/403: readers see, generators upload and run), the council and quarter of
/// the address (404 when not valid), and a form's anti-forgery token (400). The page functions are
/// anonymous to the Functions host and call it first; the API's functions are admitted by
/// declaration (<see cref="AdmitAttribute"/>) instead.
/// </summary>
public sealed class PageAdmission(FunctionOptions options)
{
    /// <summary>The caller, or the page that refuses them (503 when sign-in is off in a function app, 401/403 by role).</summary>
    public (PageCaller? Caller, IResult? Refusal) Admit(HttpRequest request, string role)
    {
        if (!options.PagesWithoutSignIn && !options.AppServiceAuthentication)
        {
            return (null, PageAnswers.Problem(
                StatusCodes.Status503ServiceUnavailable,
                "These pages need sign-in",
                "The service owner must turn on App Service Authentication (Microsoft Entra ID, \"Require authentication\") for this function app before its pages can be used."));
        }

        if (RequestGuard.Authorise(request.HttpContext, options, role) is ProblemHttpResult refused)
        {
            return (null, PageAnswers.Problem(refused.StatusCode, refused.ProblemDetails.Title ?? "Not allowed", refused.ProblemDetails.Detail ?? string.Empty));
        }

        var principal = ClientPrincipal.FromHeader(request.Headers[ClientPrincipal.HeaderName].ToString());
        return (new PageCaller(principal?.Name, !options.RequireAppRoles || (principal?.Roles.Contains(AppRoles.Generate) ?? false)), null);
    }

    /// <summary>A quarter page's request: admitted by role, its council and period parsed, then <paramref name="page"/>; otherwise the page that refuses it.</summary>
    public async Task<IResult> ForQuarterAsync(HttpRequest request, string role, string council, string period, Func<PageCaller, CouncilCode, FinancialQuarter, Task<IResult>> page)
    {
        var (caller, refusal) = Admit(request, role);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!RequestGuard.TryParseQuarter(council, period, out var la, out var quarter, out var problem))
        {
            var detail = (problem as ProblemHttpResult)?.ProblemDetails.Detail ?? "The council or quarter in the address is not valid.";
            return PageAnswers.Problem(StatusCodes.Status404NotFound, "Page not found", detail);
        }

        return await page(caller!, la, quarter).ConfigureAwait(false);
    }

    /// <summary>Null when <paramref name="form"/> came from this service's page with its anti-forgery token; otherwise the page saying the form has expired.</summary>
    public static IResult? RefuseForm(HttpRequest request, IFormCollection? form) =>
        form is null || !FormToken.IsValid(request, form[FormToken.Field]) ? PageAnswers.FormExpired() : null;
}
