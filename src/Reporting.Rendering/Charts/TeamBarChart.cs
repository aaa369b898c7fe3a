using PdfSharp.Drawing;
using Reporting.Domain.Comparison;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Charts;

/// <summary>
/// Horizontal bars by team (long team names stay readable) on a labelled value axis from zero, each
/// team's figure in a column of its own to the right of the plot, so no line ever crosses it; the
/// council's target as a dashed line with a downward triangle at its head (as on the trend charts) and
/// the council-wide figure as a dotted one with a round marker, both named with their figures in a
/// legend above the bars. One colour for the bars; line styles and markers differ, so the two lines
/// tell apart in greyscale even when close. The target goes over the bars on a white edge, so a bar's
/// end reads against it; the council-wide line goes under them.
/// Figures are written the way the chart's indicator writes them (its decimals and unit).
/// </summary>
internal sealed class TeamBarChart(TeamChart chart) : IDrawing
{
    private const double NameWidth = 104;
    private const double TopPadding = 16;
    private const double ValueColumnWidth = 34;
    private const double AxisHeight = 12;

    /// <summary>The target's pen, dashed in ink: the trend charts' target line too.</summary>
    internal static XPen TargetPen(Theme theme) => new(theme.Ink, 1.1) { DashStyle = XDashStyle.Dash };

    private static XPen CouncilPen(Theme theme) => new(theme.Muted, 1.6) { DashStyle = XDashStyle.Dot, LineCap = XLineCap.Round };

    public void Draw(XGraphics g, XRect area, Theme theme, ITextMeasure measure)
    {
        var scale = chart.Axis;
        var plot = new XRect(area.X + NameWidth, area.Y + TopPadding, area.Width - NameWidth - ValueColumnWidth, area.Height - TopPadding - AxisHeight - 2);
        var rowHeight = chart.Bars.Count == 0 ? plot.Height : plot.Height / chart.Bars.Count;
        double X(double value) => plot.X + (scale.Fraction(value) * plot.Width);

        // The value axis: light gridlines at each tick, labelled under the plot.
        var gridPen = new XPen(theme.Rule, 0.35);
        foreach (var tick in scale.Ticks)
        {
            var x = X(tick.Value);
            g.DrawLine(gridPen, x, plot.Y, x, plot.Bottom);
            TrendChart.Text(g, theme, tick.Label, TextStyle.ChartLabel, x - (measure.Width(tick.Label, TextStyle.ChartLabel) / 2), plot.Bottom + 2, theme.Muted);
        }

        g.DrawLine(new XPen(theme.Muted, 0.6), plot.X, plot.Y, plot.X, plot.Bottom);
        g.DrawLine(new XPen(theme.Muted, 0.6), plot.X, plot.Bottom, plot.Right, plot.Bottom);

        var legendX = plot.X;
        void Line(decimal value, XPen pen, string name, bool target)
        {
            var x = X((double)value);
            if (target)
            {
                g.DrawLine(new XPen(XColors.White, pen.Width + 2), x, plot.Y - 2, x, plot.Bottom);
            }

            g.DrawLine(pen, x, plot.Y - 2, x, plot.Bottom);
            Marker(g, theme, target, x, plot.Y - 4);
            g.DrawLine(pen, legendX, area.Y + 4.5, legendX + 14, area.Y + 4.5);
            Marker(g, theme, target, legendX + 7, area.Y + 4.5);
            var label = $"{name} {chart.Indicator.Format(value)}";
            TrendChart.Text(g, theme, label, TextStyle.ChartLabel, legendX + 17, area.Y, theme.Ink);
            legendX += 17 + measure.Width(label, TextStyle.ChartLabel) + 10;
        }

        // The council-wide line goes under the bars; the target over them on a white edge.
        if (chart.Council is { } council)
        {
            Line(council, CouncilPen(theme), "Council", target: false);
        }

        var barHeight = Math.Min(11, rowHeight * 0.7);
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            if (chart.Bars[i].Value is { } value)
            {
                g.DrawRectangle(new XSolidBrush(theme.Accent), plot.X, plot.Y + (i * rowHeight) + ((rowHeight - barHeight) / 2), X((double)value) - plot.X, barHeight);
            }
        }

        if (chart.Target is { } goal)
        {
            Line(goal, TargetPen(theme), "Target", target: true);
        }

        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var middle = plot.Y + (i * rowHeight) + (rowHeight / 2) - 4.5;
            TrendChart.Text(g, theme, TextFit.Ellipsis(bar.Team, TextStyle.ChartLabel, NameWidth - 6, measure), TextStyle.ChartLabel, area.X, middle, theme.Ink);
            var label = bar.Value is { } value ? chart.Indicator.Format(value) : "n/a";
            var style = bar.Value is null ? TextStyle.ChartLabel : TextStyle.ChartLabelBold;
            TrendChart.Text(g, theme, label, style, area.Right - measure.Width(label, style), middle, bar.Value is null ? theme.Muted : theme.Ink);
        }
    }

    /// <summary>The target's downward triangle or the council-wide figure's round marker, centred on (x, y).</summary>
    private static void Marker(XGraphics g, Theme theme, bool target, double x, double y)
    {
        if (target)
        {
            g.DrawPolygon(new XSolidBrush(theme.Ink), [new XPoint(x - 3, y - 2.5), new XPoint(x + 3, y - 2.5), new XPoint(x, y + 2.5)], XFillMode.Winding);
        }
        else
        {
            g.DrawEllipse(new XPen(theme.Muted, 1), XBrushes.White, x - 2.2, y - 2.2, 4.4, 4.4);
        }
    }
}
