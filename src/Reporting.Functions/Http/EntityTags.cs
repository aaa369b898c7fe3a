using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Reporting.Functions.Http;

/// <summary>
/// Conditional GETs through the framework's entity tags: <c>If-None-Match</c> may list several tags
/// (<c>"a", "b"</c>), weak ones (<c>W/"a"</c>, compared weakly as RFC 9110 says for this header) or
/// <c>*</c> (any current representation), none of which a plain string compare sees.
/// </summary>
internal static class EntityTags
{
    /// <summary>Whether the caller already holds the representation tagged <paramref name="etag"/> (a quoted tag), so 304 is the answer.</summary>
    public static bool NotModified(HttpRequest request, string etag)
    {
        var current = EntityTagHeaderValue.Parse(etag);
        return request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } held
            && held.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
