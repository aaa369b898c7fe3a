using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reporting.Application.Routes;
using Reporting.Functions.Http;
using Reporting.Web.Assets;

namespace Reporting.Functions.Functions;

/// <summary>
/// <c>GET /api/service/assets/{asset}</c>: the pages' static files (GOV.UK Frontend's CSS, JS and
/// images; this service's start-up module), looked up by name in <see cref="FrontendAssets"/> (never
/// a path on disk), with a SHA-256 ETag (304 on <c>If-None-Match</c>) and an hour's caching.
/// </summary>
public sealed class GetPageAsset(FrontendAssets assets)
{
    [Function(nameof(GetPageAsset))]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.PageAsset)] HttpRequest request, string asset)
    {
        if (assets.Find(asset) is not { } found)
        {
            return Results.NotFound();
        }

        var headers = request.HttpContext.Response.Headers;
        headers.ETag = found.ETag;
        headers.CacheControl = "public, max-age=3600";
        headers.XContentTypeOptions = "nosniff";
        return EntityTags.NotModified(request, found.ETag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(found.Content, found.ContentType);
    }
}
