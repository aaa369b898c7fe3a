using Reporting.Domain;
using Microsoft.AspNetCore.Http;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Hosting;

namespace Reporting.Functions.Http;

/// <summary>
/// The checks every HTTP function makes before touching storage: the caller's app role (when
/// App Service Authentication is on) and the council and period, parsed by the domain so no
/// raw request text ever becomes part of a blob name.
/// </summary>
internal static class RequestGuard
{
    /// <summary>Null when the caller may go on; otherwise the 401/403 answer, or 503 when roles are required but cannot be trusted.</summary>
    public static IResult? Authorise(HttpContext context, FunctionOptions options, string role)
    {
        if (!options.RequireAppRoles)
        {
            return null;
        }

        if (options.RolesCannotBeTrusted)
        {
            return Problems.NotConfigured(
                "Reporting__RequireAppRoles is on but App Service Authentication is off (WEBSITE_AUTH_ENABLED is not true), so the caller's X-MS-CLIENT-PRINCIPAL header could be forged. "
                + "The service owner must turn on App Service Authentication (Microsoft Entra ID, \"Require authentication\"), or set Reporting__RequireAppRoles=false if function keys alone are enough.");
        }

        var header = context.Request.Headers[ClientPrincipal.HeaderName].ToString();
        if (ClientPrincipal.FromHeader(header) is not { } principal)
        {
            return Problems.Unauthorized(string.IsNullOrEmpty(header)
                ? "This function needs a signed-in caller: sign in through the app's authentication (Microsoft Entra ID) and call it again."
                : "The X-MS-CLIENT-PRINCIPAL header could not be read: sign in again.");
        }

        return principal.Roles.Contains(role)
            ? null
            : Problems.Forbidden($"This needs the app role '{role}', which {(principal.Name is null ? "the caller" : "your account")} does not have. Ask the service owner to assign it to you in the app registration.");
    }

    /// <summary>Parses the council and period from the route; the error answer says what a valid value looks like.</summary>
    public static bool TryParseQuarter(string? councilText, string? periodText, out CouncilCode council, out FinancialQuarter period, out IResult? problem)
    {
        var councilResult = CouncilCode.Parse(councilText);
        var periodResult = FinancialQuarter.Parse(periodText);
        council = councilResult.Success ? councilResult.Value : default;
        period = periodResult.Success ? periodResult.Value : default;
        var errors = new[] { councilResult.Error, periodResult.Error }.OfType<string>().ToList();
        problem = errors.Count == 0 ? null : Problems.BadRequest(string.Join(" ", errors));
        return problem is null;
    }

    /// <summary>Audience ids from <c>?audience=dfe&amp;audience=essex</c> or <c>?audiences=dfe,essex</c>; each must look like an id.</summary>
    public static bool TryParseAudiences(HttpRequest request, out IReadOnlyList<string> audiences, out IResult? problem)
    {
        var ids = request.Query["audience"].Concat(request.Query["audiences"])
            .SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant())
            .Distinct()
            .ToList();
        audiences = ids;
        var bad = ids.FirstOrDefault(id => !IsAudienceId(id));
        problem = bad is null ? null : Problems.BadRequest($"{Problems.Quote(bad)} is not an audience id: use lower-case letters, digits and hyphens, e.g. dfe or essex.");
        return problem is null;
    }

    /// <summary><c>?force=true</c>: re-render even when the inputs are unchanged.</summary>
    public static bool TryParseForce(HttpRequest request, out bool force, out IResult? problem) =>
        TryParseFlag(request, "force", "re-render unchanged inputs", out force, out problem);

    /// <summary><c>?publishWithErrors=true</c>: publish even when input errors take values away from the publication in force.</summary>
    public static bool TryParsePublishWithErrors(HttpRequest request, out bool publish, out IResult? problem) =>
        TryParseFlag(request, "publishWithErrors", "publish even when input errors take values away from the publication in force", out publish, out problem);

    /// <summary><c>?publishIncomplete=true</c>: publish a quarter that lacks what its audiences need (the documents say what is missing).</summary>
    public static bool TryParsePublishIncomplete(HttpRequest request, out bool publish, out IResult? problem) =>
        TryParseFlag(request, "publishIncomplete", "publish a quarter that lacks inputs or figures its audiences need", out publish, out problem);

    private static bool TryParseFlag(HttpRequest request, string name, string meaning, out bool value, out IResult? problem)
    {
        var text = request.Query[name].ToString();
        value = false;
        problem = null;
        if (text.Length == 0)
        {
            return true;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "yes":
                value = true;
                return true;
            case "false" or "0" or "no":
                return true;
            default:
                problem = Problems.BadRequest($"{name} is {Problems.Quote(text)}: use {name}=true to {meaning}, or leave it out.");
                return false;
        }
    }

    /// <summary>
    /// The optional JSON body of a start request, <c>{"force": true, "audiences": ["dfe"]}</c>, added to
    /// what the query string says. Anything else in a body is refused rather than ignored, so a
    /// caller who meant <c>force</c> is not told "unchanged".
    /// </summary>
    public static async Task<(bool Force, bool PublishWithErrors, bool PublishIncomplete, IReadOnlyList<string> Audiences, IResult? Problem)> ReadStartBodyAsync(HttpRequest request)
    {
        var body = await RequestBody.ReadLimitedAsync(request.Body, 64 * 1024, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return (false, false, false, [], Problems.BadRequest("The request body is over 64 KB: a start request takes at most {\"force\": true, \"audiences\": [\"dfe\"]}."));
        }

        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return (false, false, false, [], null);
        }

        const string Shape = "Send {\"force\": true, \"publishWithErrors\": false, \"publishIncomplete\": false, \"audiences\": [\"dfe\", \"essex\"]} (each optional), or use ?force=true&audience=dfe.";
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                return (false, false, false, [], Problems.BadRequest($"The request body is JSON but not an object. {Shape}"));
            }

            var (force, publish, incomplete) = (false, false, false);
            var audiences = new List<string>();
            foreach (var property in json.RootElement.EnumerateObject())
            {
                switch (property.Name.ToLowerInvariant(), property.Value.ValueKind)
                {
                    case ("force", System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False):
                        force = property.Value.GetBoolean();
                        break;
                    case ("publishwitherrors", System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False):
                        publish = property.Value.GetBoolean();
                        break;
                    case ("publishincomplete", System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False):
                        incomplete = property.Value.GetBoolean();
                        break;
                    case ("audiences", System.Text.Json.JsonValueKind.Array) when property.Value.EnumerateArray().All(a => a.ValueKind == System.Text.Json.JsonValueKind.String):
                        audiences.AddRange(property.Value.EnumerateArray().Select(a => a.GetString()!.Trim().ToLowerInvariant()));
                        break;
                    default:
                        return (false, false, false, [], Problems.BadRequest($"The request body's {Problems.Quote(property.Name)} is not understood. {Shape}"));
                }
            }

            var bad = audiences.FirstOrDefault(id => !IsAudienceId(id));
            return bad is null
                ? (force, publish, incomplete, audiences, null)
                : (false, false, false, [], Problems.BadRequest($"{Problems.Quote(bad)} is not an audience id: use lower-case letters, digits and hyphens, e.g. dfe or essex."));
        }
        catch (System.Text.Json.JsonException)
        {
            return (false, false, false, [], Problems.BadRequest($"The request body is not JSON. {Shape}"));
        }
    }

    public static bool IsAudienceId(string id) =>
        id.Length is > 0 and <= 40 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>An upload's name within the quarter folder: one or two segments of letters, digits, '.', '_' and '-'.</summary>
    public static bool IsUploadName(string? name) =>
        name is { Length: > 0 and <= 200 }
        && name.Split('/') is { Length: <= 2 } segments
        && segments.All(s => s.Length > 0 && char.IsAsciiLetterOrDigit(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-') && !s.Contains("..", StringComparison.Ordinal));
}
