using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Reporting.Web;

/// <summary>
/// The response headers every page carries, and the one inline script GOV.UK Frontend needs
/// (it marks the body <c>js-enabled govuk-frontend-supported</c> before anything paints), allowed
/// by its SHA-256 in a strict Content-Security-Policy: scripts, styles, images and forms from this
/// service only, nothing framed, no base URL, no plugins.
/// </summary>
public static class PageSecurity
{
    /// <summary>The body-class script from GOV.UK Frontend's page template, byte for byte.</summary>
    public const string BodyScript = "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

    /// <summary>The script element the page template writes.</summary>
    public static string BodyScriptElement { get; } = $"<script>{BodyScript}</script>";

    /// <summary>"'sha256-…'": the CSP source that allows exactly <see cref="BodyScript"/>.</summary>
    public static string BodyScriptHash { get; } = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(BodyScript)))}'";

    /// <summary>The policy: no inline script but the hashed one, no inline style, no other origin.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; script-src 'self' {BodyScriptHash}; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>Sets the page headers: the policy, no sniffing, no framing, no referrer to other sites (a same-origin one keeps the form POSTs' Origin header), never cached (pages show who may do what).</summary>
    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
    }
}
