using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reporting.Application.Routes;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Http;
using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Functions;

/// <summary><c>GET /api/reports/{council}/{period}/manifest</c>: the manifest in force, as published.</summary>
public sealed class GetManifest(PublishedFiles files)
{
    [Function(nameof(GetManifest))]
    [Admit(AppRoles.Read)]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = ApiRoutes.Manifest)] HttpRequest request,
        string council,
        string period) =>
        files.ServeAsync(request, StoreLayout.ManifestFile);
}
