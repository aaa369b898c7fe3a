using Reporting.Domain.Councils;
using Reporting.Domain.Periods;

namespace Reporting.Application.Routes;

/// <summary>
/// The HTTP functions' routes, once: the function attributes use them (the host adds the
/// <c>api/</c> prefix from host.json) and so does the local <c>serve</c>; answers link with the URL builders.
/// </summary>
public static class ApiRoutes
{
    /// <summary>host.json <c>extensions.http.routePrefix</c>.</summary>
    public const string Prefix = "api";

    public const string StartRun = "runs/{council}/{period}";
    public const string RunLock = "runs/{council}/{period}/lock";
    public const string Status = "reports/{council}/{period}/status";
    public const string Manifest = "reports/{council}/{period}/manifest";
    public const string Indicators = "reports/{council}/{period}/indicators";
    public const string Document = "reports/{council}/{period}/documents/{audience}";
    public const string Validate = "validate/{council}/{period}/{*file}";

    // The improvement leads' pages (anonymous functions behind App Service Authentication; see infra/README.md).
    // The council is constrained to digits so that no quarter's route also matches an asset's
    // ("service/assets/reporting.css"): the Functions host does not rank routes as ASP.NET Core does
    // (it takes overlapping routes in the order of the functions' names), so routes must not overlap.
    public const string Quarters = "service";
    public const string Quarter = "service/{council:int}/{period}";
    public const string QuarterFiles = "service/{council:int}/{period}/files";
    public const string QuarterRuns = "service/{council:int}/{period}/runs";
    public const string QuarterDocument = "service/{council:int}/{period}/documents/{audience}";
    public const string QuarterReview = "service/{council:int}/{period}/reviews/{audience}";
    public const string PageAsset = "service/assets/{*asset}";

    public static string QuartersUrl => $"/{Prefix}/service";

    /// <summary>Whether a request path is one of the pages' (answered with HTML, failures included) rather than the API's (problem+json).</summary>
    public static bool IsPage(Microsoft.AspNetCore.Http.PathString path) => path.StartsWithSegments(QuartersUrl, StringComparison.OrdinalIgnoreCase);

    public static string QuarterUrl(CouncilCode council, FinancialQuarter period) => $"/{Prefix}/service/{council}/{period}";

    public static string QuarterFilesUrl(CouncilCode council, FinancialQuarter period) => $"/{Prefix}/service/{council}/{period}/files";

    public static string QuarterRunsUrl(CouncilCode council, FinancialQuarter period) => $"/{Prefix}/service/{council}/{period}/runs";

    public static string QuarterDocumentUrl(CouncilCode council, FinancialQuarter period, string audience, string? run = null) => $"/{Prefix}/service/{council}/{period}/documents/{audience}{RunQuery(run)}";

    public static string QuarterReviewUrl(CouncilCode council, FinancialQuarter period, string audience, string? run = null) => $"/{Prefix}/service/{council}/{period}/reviews/{audience}{RunQuery(run)}";

    /// <summary>The query a page link adds to open a review as an earlier run published it ("?run=…"), or nothing for the one in force.</summary>
    private static string RunQuery(string? run) => run is null ? string.Empty : "?" + RunParameter + "=" + run;

    /// <summary>The query parameter naming the run whose review a page link opens.</summary>
    public const string RunParameter = "run";

    /// <summary>The query parameter by which the quarter's page is told what a run request just did ("queued", "already", ...).</summary>
    public const string NoticeParameter = "notice";

    public static string PageAssetBase => $"/{Prefix}/service/assets";

    public static string StatusUrl(CouncilCode council, FinancialQuarter period) => $"/{Prefix}/reports/{council}/{period}/status";

    public static string ManifestUrl(CouncilCode council, FinancialQuarter period) => $"/{Prefix}/reports/{council}/{period}/manifest";

    public static string DocumentUrl(CouncilCode council, FinancialQuarter period, string audience) => $"/{Prefix}/reports/{council}/{period}/documents/{audience}";

    public static string StartRunUrl(CouncilCode council, FinancialQuarter period) => $"/{Prefix}/runs/{council}/{period}";
}
