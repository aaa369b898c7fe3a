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
    public string FileExtension => "pdf";

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
        var paginator = new Paginator(new LayoutContext(theme, measure), theme.ContentArea);
        var layout = paginator.Paginate(new ReviewDocument(report, theme).Compose());
        if (!report.Audience.Sections.Contains(ReportSection.Contents))
        {
            return layout;
        }

        // The contents page needs the pages the sections start on: lay out once to learn them,
        // then again with them (the contents table is the same height either way).
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in layout.Pages)
        {
            foreach (var heading in page.Fragments.Select(f => f.Fragment.Heading1).OfType<string>())
            {
                pages.TryAdd(heading, page.Number);
            }
        }

        return paginator.Paginate(new ReviewDocument(report, theme, pages).Compose());
    }
}
