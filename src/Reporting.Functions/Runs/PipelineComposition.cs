using Reporting.Pipeline;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Rendering;
using Reporting.Pipeline.Storage;
using Reporting.Rendering;

namespace Reporting.Functions.Runs;

/// <summary>
/// The one composition root of the pipeline for every door (the Functions handler and the CLI):
/// every record source and the PDF renderer.
/// </summary>
public static class PipelineComposition
{
    public static IReadOnlyList<IRecordSource> Sources => RecordSources.All;

    public static IReportRenderer Renderer { get; } = new PdfReportRenderer();

    public static ReportRun CreateRun(IObjectStore store) => new(store, Renderer, Sources);
}
