using System.Text;
using System.Text.Json;

namespace Reporting.Functions.Authorisation;

/// <summary>
/// The signed-in caller as App Service Authentication describes it in the
/// <c>X-MS-CLIENT-PRINCIPAL</c> header (base64 JSON: <c>auth_typ</c>, <c>name_typ</c>,
/// <c>role_typ</c>, <c>claims[{typ,val}]</c>). The platform strips any copy a caller sends,
/// so the header is trusted only when authentication is on.
/// </summary>
public sealed record ClientPrincipal(string? Name, IReadOnlySet<string> Roles)
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>Reads the header; null when it is absent or not a principal.</summary>
    public static ClientPrincipal? FromHeader(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > 16 * 1024)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(Convert.FromBase64String(header.Trim()));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var roleType = Text(root, "role_typ") ?? "roles";
            var nameType = Text(root, "name_typ") ?? "name";
            var roles = new HashSet<string>(StringComparer.Ordinal);
            string? name = null;
            foreach (var claim in claims.EnumerateArray())
            {
                var (type, value) = (Text(claim, "typ"), Text(claim, "val"));
                if (value is null)
                {
                    continue;
                }

                if (type == roleType || type is "roles" or "http://schemas.microsoft.com/ws/2008/06/identity/claims/role")
                {
                    roles.Add(value);
                }
                else if (type == nameType)
                {
                    name = value;
                }
            }

            return new ClientPrincipal(name, roles);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the header value the platform would send (for tests and local tools).</summary>
    public static string ToHeader(string name, params string[] roles)
    {
        var claims = roles.Select(r => new { typ = "roles", val = r }).Prepend(new { typ = "name", val = name });
        var json = JsonSerializer.Serialize(new { auth_typ = "aad", name_typ = "name", role_typ = "roles", claims });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
