using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reporting.Application.Routes;
using Reporting.Domain;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Http;

using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Functions;

/// <summary><c>GET /api/reports/{council}/{period}/documents/{audience}</c>: an audience's review PDF (<c>dfe</c> or <c>dfe.pdf</c>).</summary>
public sealed class GetDocument(PublishedFiles files)
{
    [Function(nameof(GetDocument))]
    [Admit(AppRoles.Read)]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = ApiRoutes.Document)] HttpRequest request,
        string council,
        string period,
        string audience)
    {
        var id = audience.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? audience[..^4] : audience;
        return RequestGuard.IsAudienceId(id)
            ? files.ServeAsync(request, StoreLayout.ReviewDocument(id))
            : Task.FromResult(Problems.BadRequest($"{Problems.Quote(audience)} is not an audience id: use e.g. dfe or essex."));
    }
}
