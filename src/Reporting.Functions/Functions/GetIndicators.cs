using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reporting.Application.Routes;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Http;
using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Functions;

/// <summary><c>GET /api/reports/{council}/{period}/indicators</c>: every indicator as JSON, or as CSV with <c>?format=csv</c>.</summary>
public sealed class GetIndicators(PublishedFiles files)
{
    [Function(nameof(GetIndicators))]
    [Admit(AppRoles.Read)]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = ApiRoutes.Indicators)] HttpRequest request,
        string council,
        string period) =>
        files.ServeAsync(request, request.Query["format"].ToString().Equals("csv", StringComparison.OrdinalIgnoreCase) ? StoreLayout.IndicatorsCsvFile : StoreLayout.IndicatorsJsonFile);
}
