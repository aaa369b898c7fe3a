using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Reporting.Functions.Http;

/// <summary>
/// Anti-forgery for the pages' forms, as a double-submit cookie: a random token in an HttpOnly,
/// SameSite=Strict cookie (Secure, and <c>__Host-</c>-prefixed, over HTTPS) and the same token in
/// each form's hidden field; a POST is accepted only when both are present and equal, and when its
/// <c>Origin</c> (sent by browsers with every form POST) is this host. Another site can neither read
/// the cookie nor make a browser send it cross-site, so it cannot fill in the field. Nothing is
/// kept on the server, so it works on every instance of a scaled-out function app without shared
/// keys (ASP.NET Core's IAntiforgery would need its data-protection keys shared across instances).
/// </summary>
internal static class FormToken
{
    /// <summary>The hidden field's name.</summary>
    public const string Field = "__form_token";

    private const string SecureCookie = "__Host-reporting-form";
    private const string PlainCookie = "reporting-form";

    /// <summary>The token for this browser: the one in its cookie, else a new one set as the cookie.</summary>
    public static string Issue(HttpContext context)
    {
        var name = CookieName(context.Request);
        if (context.Request.Cookies[name] is { Length: 43 } existing && IsToken(existing))
        {
            return existing;
        }

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        context.Response.Cookies.Append(name, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            IsEssential = true,
        });
        return token;
    }

    /// <summary>Whether a form POST carries this browser's token and comes from this host.</summary>
    public static bool IsValid(HttpRequest request, string? submitted)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && (!Uri.TryCreate(origin, UriKind.Absolute, out var from) || !string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var cookie = request.Cookies[CookieName(request)];
        return cookie is { Length: 43 } && submitted is { Length: 43 } && IsToken(cookie)
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(cookie), System.Text.Encoding.ASCII.GetBytes(submitted));
    }

    private static string CookieName(HttpRequest request) => request.IsHttps ? SecureCookie : PlainCookie;

    private static bool IsToken(string text) => text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
