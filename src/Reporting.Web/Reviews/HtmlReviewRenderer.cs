using System.Text;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.Rendering;
using Reporting.Web.Pages;

namespace Reporting.Web.Reviews;

/// <summary>
/// Renders a review as an HTML page from the same <see cref="ReportModel"/> as the PDF, published
/// beside it (<c>{audience}-review.html</c>), through the pages' <see cref="PageRenderer"/>.
/// Deterministic (nothing from the clock); its static files, home and PDF links come from the
/// host's <paramref name="links"/>.
/// </summary>
public sealed class HtmlReviewRenderer(IReviewLinks links) : IReportRenderer
{
    private readonly PageRenderer _pages = new();

    public string ContentType => "text/html; charset=utf-8";

    public byte[] Render(ReportModel report)
    {
        var frame = new PageFrame($"{report.Audience.Title}, {report.Period.ShortLabel}", links.AssetBase, links.HomeUrl, null, []);
        var parameters = new Dictionary<string, object?> { ["Model"] = report, ["Frame"] = frame, ["PdfUrl"] = links.PdfUrl(report) };
        // The pipeline's renderers are synchronous; the run calls this off any request thread.
        return Encoding.UTF8.GetBytes(_pages.RenderAsync<HtmlReview>(parameters).GetAwaiter().GetResult());
    }
}
