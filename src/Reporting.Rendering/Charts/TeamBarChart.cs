using PdfSharp.Drawing;
using Reporting.Domain.Comparison;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Charts;

/// <summary>
/// Horizontal bars by team (long team names stay readable), each labelled with its value, the
/// council's target as a dashed line (as on the trend charts) and the council-wide figure as a
/// dotted one, both named with their figures in a legend above the bars. One colour for the bars:
/// the value labels carry the meaning, and the line styles differ, so it reads in greyscale. The
/// target goes over the bars on a white edge, so a bar's end reads against it; the council-wide
/// line goes under them; neither crosses a value label.
/// Figures are written the way the chart's indicator writes them (its decimals and unit).
/// </summary>
internal sealed class TeamBarChart(TeamChart chart) : IDrawing
{

    private const double NameWidth = 104;
    private const double TopPadding = 14;
    private const double ValueLabelWidth = 30;

    /// <summary>The target's pen, dashed in ink: the trend charts' target line too.</summary>
    internal static XPen TargetPen(Theme theme) => new(theme.Ink, 1.1) { DashStyle = XDashStyle.Dash };

    private static XPen CouncilPen(Theme theme) => new(theme.Muted, 1.6) { DashStyle = XDashStyle.Dot, LineCap = XLineCap.Round };

    public void Draw(XGraphics g, XRect area, Theme theme, ITextMeasure measure)
    {
        var scale = chart.Axis;
        var plot = new XRect(area.X + NameWidth, area.Y + TopPadding, area.Width - NameWidth - ValueLabelWidth, area.Height - TopPadding - 4);
        var rowHeight = chart.Bars.Count == 0 ? plot.Height : plot.Height / chart.Bars.Count;
        double X(double value) => plot.X + (scale.Fraction(value) * plot.Width);
        g.DrawLine(new XPen(theme.Muted, 0.6), plot.X, plot.Y, plot.X, plot.Bottom);

        var legendX = plot.X;
        void Line(decimal value, XPen pen, string name, bool edged)
        {
            var x = X((double)value);
            if (edged)
            {
                g.DrawLine(new XPen(XColors.White, pen.Width + 2), x, plot.Y - 2, x, plot.Bottom);
            }

            g.DrawLine(pen, x, plot.Y - 2, x, plot.Bottom);
            g.DrawLine(pen, legendX, area.Y + 4.5, legendX + 14, area.Y + 4.5);
            var label = $"{name} {chart.Indicator.Format(value)}";
            TrendChart.Text(g, theme, label, TextStyle.ChartLabel, legendX + 17, area.Y, theme.Ink);
            legendX += 17 + measure.Width(label, TextStyle.ChartLabel) + 10;
        }

        // The council-wide line goes under the bars; the target over them on a white edge, so each
        // bar's end reads against it. Value labels are drawn last and never sit on the target line.
        if (chart.Council is { } council)
        {
            Line(council, CouncilPen(theme), "Council", edged: false);
        }

        var barHeight = Math.Min(11, rowHeight * 0.7);
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            if (chart.Bars[i].Value is { } value)
            {
                g.DrawRectangle(new XSolidBrush(theme.Accent), plot.X, plot.Y + (i * rowHeight) + ((rowHeight - barHeight) / 2), X((double)value) - plot.X, barHeight);
            }
        }

        double? targetX = null;
        if (chart.Target is { } goal)
        {
            Line(goal, TargetPen(theme), "Target", edged: true);
            targetX = X((double)goal);
        }

        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var middle = plot.Y + (i * rowHeight) + (rowHeight / 2) - 4.5;
            TrendChart.Text(g, theme, TextFit.Ellipsis(bar.Team, TextStyle.ChartLabel, NameWidth - 6, measure), TextStyle.ChartLabel, area.X, middle, theme.Ink);
            if (bar.Value is { } value)
            {
                var right = X((double)value);
                var label = chart.Indicator.Format(value);
                var labelWidth = measure.Width(label, TextStyle.ChartLabelBold);

                // Inside the bar's end when it is long enough (white on the bar) and clear of the target line, else just beyond it.
                var inside = right - plot.X > labelWidth + 8 && !(targetX > right - labelWidth - 6 && targetX < right + 1);
                TrendChart.Text(g, theme, label, TextStyle.ChartLabelBold, inside ? right - labelWidth - 3 : right + 3, middle, inside ? XColors.White : theme.Ink);
            }
            else
            {
                TrendChart.Text(g, theme, "n/a", TextStyle.ChartLabel, plot.X + 3, middle, theme.Muted);
            }
        }
    }
}
