using System.Globalization;
using PdfSharp.Drawing;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document;

/// <summary>
/// The running header and footer of every page, drawn as pagination artifacts: council, period
/// and document title at the top with the protective marking (on two lines when one would cut them); the marking again, who the
/// document is for and "Page X of Y" at the bottom.
/// </summary>
internal static class PageFrame
{
    public static void Draw(PageCanvas canvas, ReportModel report, int pageNumber, int pageCount)
    {
        var theme = canvas.Theme;
        var g = canvas.Graphics;
        var left = theme.MarginLeft;
        var right = theme.PageSize.Width - theme.MarginRight;
        var marking = report.Audience.Marking;
        canvas.Artifact(() =>
        {
            var markingWidth = canvas.Measure.Width(marking, TextStyle.Marking);
            var room = right - left - markingWidth - 16;
            var header = $"{report.CouncilName} · {report.Period.ShortLabel} · {report.Audience.Title}";
            if (canvas.Measure.Width(header, TextStyle.Small) <= room)
            {
                canvas.Text(header, TextStyle.Small, left, 30, theme.Muted);
            }
            else
            {
                // Too long for one line: the title and quarter above the council, each whole.
                canvas.Text(TextFit.Ellipsis($"{report.Audience.Title} · {report.Period.ShortLabel}", TextStyle.Small, room, canvas.Measure), TextStyle.Small, left, 23, theme.Muted);
                canvas.Text(TextFit.Ellipsis(report.CouncilName, TextStyle.Small, room, canvas.Measure), TextStyle.Small, left, 32, theme.Muted);
            }

            canvas.TextRight(marking, TextStyle.Marking, right, 29);
            g.DrawLine(new XPen(theme.Rule, 0.5), left, 44, right, 44);

            var footerTop = theme.PageSize.Height - theme.MarginBottom + 16;
            g.DrawLine(new XPen(theme.Rule, 0.5), left, footerTop, right, footerTop);
            canvas.TextCentred(marking, TextStyle.Marking, theme.PageSize.Width / 2, footerTop + 4);
            var page = string.Create(CultureInfo.InvariantCulture, $"Page {pageNumber} of {pageCount}");
            var pageWidth = canvas.Measure.Width(page, TextStyle.Small);
            canvas.TextRight(page, TextStyle.Small, right, footerTop + 17, theme.Muted);
            var readers = TextFit.Ellipsis($"For: {report.Audience.Readers}", TextStyle.Small, right - left - pageWidth - 16, canvas.Measure);
            canvas.Text(readers, TextStyle.Small, left, footerTop + 17, theme.Muted);
        });
    }
}
