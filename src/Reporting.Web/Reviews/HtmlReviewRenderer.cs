using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.Rendering;
using Reporting.Web.Pages;

namespace Reporting.Web.Reviews;

/// <summary>
/// Renders a review as an HTML page from the same <see cref="ReportModel"/> as the PDF, published
/// beside it (<c>{audience}-review.html</c>). Deterministic (nothing from the clock); its static files
/// come from <paramref name="assetBase"/> and its PDF link is <paramref name="pdfUrl"/>(audience).
/// </summary>
public sealed class HtmlReviewRenderer(string assetBase, string homeUrl, Func<ReportModel, string> pdfUrl) : IReportRenderer
{
    public string FileExtension => "html";

    public string ContentType => "text/html; charset=utf-8";

    public byte[] Render(ReportModel report)
    {
        var frame = new PageFrame($"{report.Audience.Title}, {report.Period.ShortLabel}", assetBase, homeUrl, null, []);
        var services = new ServiceCollection().BuildServiceProvider();
        using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var html = renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = report, ["Frame"] = frame, ["PdfUrl"] = pdfUrl(report) });
            return (await renderer.RenderComponentAsync<HtmlReview>(parameters)).ToHtmlString();
        }).GetAwaiter().GetResult();
        return Encoding.UTF8.GetBytes(html);
    }
}
