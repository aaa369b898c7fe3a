using Reporting.Pipeline;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Rendering;
using Reporting.Pipeline.Storage;
using Reporting.Functions.Http;
using Reporting.Rendering;
using Reporting.Web.Reviews;

namespace Reporting.Functions.Runs;

/// <summary>
/// The one composition root of the pipeline for every door (the Functions handler and the CLI):
/// every record source, the PDF renderer and the HTML review beside each PDF (linking to the pages' assets and download route).
/// </summary>
public static class PipelineComposition
{
    public static IReadOnlyList<IRecordSource> Sources => RecordSources.All;

    public static IReportRenderer Renderer { get; } = new PdfReportRenderer();

    /// <summary>Each review as an HTML page, from the same model as the PDF.</summary>
    public static IReportRenderer HtmlReviews { get; } = new HtmlReviewRenderer(ApiRoutes.PageAssetBase, ApiRoutes.QuartersUrl, m => ApiRoutes.QuarterDocumentUrl(m.Council, m.Period, m.Audience.Id, m.RunId));

    public static ReportRun CreateRun(IObjectStore store) => new(store, Renderer, Sources, htmlRenderer: HtmlReviews);
}
