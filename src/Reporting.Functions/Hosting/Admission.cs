using Microsoft.AspNetCore.Http;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Http;

namespace Reporting.Functions.Hosting;

/// <summary>
/// The one admission of an HTTP function's caller, from its declared <see cref="AdmitAttribute"/>:
/// the app role, then the council and quarter from the route (attached as <see cref="AdmittedQuarter"/>).
/// The worker runs it as middleware (<see cref="AdmissionMiddleware"/>), serve before each endpoint.
/// </summary>
public static class Admission
{
    /// <summary>Null when the function may run; otherwise the answer to give instead (401/403/503 by role, 400 for a council or quarter that does not parse).</summary>
    public static IResult? Admit(HttpFunction function, HttpContext context, FunctionOptions options, Func<string, string?> routeValue)
    {
        if (function.Requirement is not { } requirement)
        {
            return null;
        }

        if (RequestGuard.Authorise(context, options, requirement.Role) is { } refused)
        {
            return refused;
        }

        if (!requirement.Quarter)
        {
            return null;
        }

        if (!RequestGuard.TryParseQuarter(routeValue("council"), routeValue("period"), out var council, out var period, out var problem))
        {
            return problem;
        }

        new AdmittedQuarter(council, period).AttachTo(context);
        return null;
    }
}
