using Reporting.Pipeline.Composition;
using Reporting.Pipeline.Rendering;
using Reporting.Rendering.Document;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering;

/// <summary>
/// Renders a composed review as a tagged, accessible A4 PDF with PDFsharp: blocks from
/// <see cref="ReviewDocument"/> flow onto pages through the layout layer, then each page is drawn
/// with its header, footer and structure tags. Deterministic: the same model gives the same
/// bytes (document id and dates come from the model, never the clock). Thread-safe: every call
/// builds its own document.
/// </summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    public string ContentType => "application/pdf";

    public byte[] Render(ReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var theme = new Theme(report.Audience.BodyTextSize ?? Theme.DefaultBodySize);
        var measure = new FontTextMeasure(theme);
        var layout = Lay(report, theme, measure);
        return PdfWriter.Write(report, layout, theme, measure);
    }

    /// <summary>Lays the report out without drawing it: for tests and the benchmark.</summary>
    internal static LaidOutDocument Lay(ReportModel report, Theme theme, ITextMeasure measure)
    {
        // One pass: the contents page's page numbers are printed when it is drawn, after every page is laid out.
        var paginator = new Paginator(new LayoutContext(theme, measure), theme.ContentArea);
        return paginator.Paginate(new ReviewDocument(report, theme).Compose());
    }
}
