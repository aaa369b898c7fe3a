using Reporting.Pipeline;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Rendering;
using Reporting.Pipeline.Storage;
using Reporting.Rendering;
using Reporting.Web.Reviews;

namespace Reporting.Application.Runs;

/// <summary>
/// The one composition of the pipeline for every host (the function app, serve and the CLI): every
/// record source, the PDF renderer and the HTML review beside each PDF, linking where the host's
/// <see cref="IReviewLinks"/> says.
/// </summary>
public static class PipelineComposition
{
    public static IReadOnlyList<IRecordSource> Sources => RecordSources.All;

    public static IReportRenderer Renderer { get; } = new PdfReportRenderer();

    /// <summary>A run over <paramref name="store"/> publishing each review as a PDF and as an HTML page linking by <paramref name="links"/>.</summary>
    public static ReportRun CreateRun(IObjectStore store, IReviewLinks links) => new(store, Renderer, Sources, htmlRenderer: new HtmlReviewRenderer(links));
}
