using Reporting.Pipeline;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Rendering;
using Reporting.Pipeline.Storage;
using Reporting.Rendering;

namespace Reporting.Cli;

/// <summary>The composition root for local use: which record sources, which renderer.</summary>
public static class ReportingServices
{
    public static IReadOnlyList<IRecordSource> Sources => RecordSources.All;

    public static IReportRenderer Renderer { get; } = new PdfReportRenderer();

    public static ReportRun CreateRun(IObjectStore store) => new(store, Renderer, Sources);
}
