using Reporting.Pipeline.Composition;
using Reporting.Web.Reviews;

namespace Reporting.Application.Routes;

/// <summary>
/// The links of a published HTML review into the service's pages (<see cref="ApiRoutes"/>): the pages'
/// assets, the quarters page and the review's PDF as its run published it. Both hosts pass this one.
/// </summary>
public sealed class ServiceLinks : IReviewLinks
{
    public string AssetBase => ApiRoutes.PageAssetBase;

    public string HomeUrl => ApiRoutes.QuartersUrl;

    public string PdfUrl(ReportModel report) => ApiRoutes.QuarterDocumentUrl(report.Council, report.Period, report.Audience.Id, report.RunId);
}
