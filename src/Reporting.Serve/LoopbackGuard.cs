using Microsoft.AspNetCore.Http;
using Reporting.Functions.Http;

namespace Reporting.Serve;

/// <summary>
/// What keeps other web pages off serve's API, since on loopback there is no App Service
/// Authentication or function key in front of it: a request whose <c>Host</c> is not a loopback
/// name with serve's own port (127.0.0.1, localhost or [::1]) is refused 421, so a DNS-rebound
/// name (<c>evil.example:7071</c>) reaches nothing; and a state-changing request (POST, PUT, PATCH,
/// DELETE) whose <c>Origin</c> is not serve's own, or which has none but a browser marked it
/// <c>Sec-Fetch-Site: cross-site</c> or <c>same-site</c>, is refused 403, so a form or script on
/// another site cannot start runs, the timer or checks. Clients that send neither (curl, scripts)
/// are unaffected.
/// </summary>
internal static class LoopbackGuard
{
    private static readonly string[] LoopbackNames = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>Null when the request may go on; otherwise the refusal to answer instead.</summary>
    public static IResult? Refusal(HttpContext context)
    {
        var request = context.Request;
        if (!IsOwnHost(request.Host, context.Connection.LocalPort))
        {
            return Problems.MisdirectedRequest(
                $"serve answers only requests addressed to it by a loopback name: http://127.0.0.1:{context.Connection.LocalPort}, http://localhost:{context.Connection.LocalPort} or http://[::1]:{context.Connection.LocalPort}.");
        }

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return null;
        }

        var origin = request.Headers.Origin.ToString();
        var crossSite = origin.Length > 0
            ? !string.Equals(origin, $"http://{request.Host.Value}", StringComparison.OrdinalIgnoreCase)
            : request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site";
        return crossSite
            ? Problems.Forbidden("serve does not accept a request that changes something from another web page (its Origin is not serve's own). Use serve's own pages, or call the API from a script or curl.")
            : null;
    }

    private static bool IsOwnHost(HostString host, int localPort) =>
        host.HasValue
        && LoopbackNames.Contains(host.Host, StringComparer.OrdinalIgnoreCase)
        && (host.Port ?? 80) == localPort;
}
