using PdfSharp.Drawing;
using Reporting.Pipeline.Composition.Charts;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Charts;

/// <summary>
/// An indicator's <see cref="TrendChartModel"/> (the last eight quarters, or back to the baseline) drawn
/// for print, on the axis, ticks, steps and labels the model decided: the
/// council's figures as a solid line with markers, the target as a dashed step per quarter as
/// given, the England average as a dotted series (each quarter with the figure that applied to
/// it, drawn over the target so it shows where they are equal), and the better side of each
/// quarter's target shaded (polarity-aware, "Target met" in the legend), with "lower is better"
/// or "higher is better" written out. Line styles differ, not just
/// colours, so it reads in greyscale. Missing quarters leave gaps in the line.
/// </summary>
internal sealed class TrendChart(TrendChartModel chart) : IDrawing
{
    private const double LegendHeight = 11;
    private const double AxisLabelWidth = 30;
    private const double QuarterLabelHeight = 18;
    private const double RightPadding = 8;

    public void Draw(XGraphics g, XRect area, Theme theme, ITextMeasure measure)
    {
        var values = chart.Values;
        var legend = LegendHeight * DrawLegend(g, area, theme, measure);
        var plot = new XRect(area.X + AxisLabelWidth, area.Y + legend + 6, area.Width - AxisLabelWidth - RightPadding, area.Height - legend - 6 - QuarterLabelHeight);
        if (chart.Axis is not { } axis)
        {
            g.DrawRectangle(new XPen(theme.Rule, 0.5), plot);
            Text(g, theme, TrendChartModel.NoFiguresText, TextStyle.ChartLabel, plot.X + (plot.Width / 2) - (measure.Width(TrendChartModel.NoFiguresText, TextStyle.ChartLabel) / 2), plot.Y + (plot.Height / 2) - 4, theme.Muted);
            return;
        }

        double Y(double value) => plot.Bottom - (axis.Fraction(value) * plot.Height);
        var slot = plot.Width / values.Count;
        double X(int index) => plot.X + (slot * (index + 0.5));

        // Better side of each quarter's target, shaded: one band per run of quarters with the same target.
        if (chart.Shaded)
        {
            var brush = new XSolidBrush(theme.GoodSide);
            foreach (var (first, last, goal) in chart.Targets)
            {
                var y = Math.Clamp(Y((double)goal), plot.Top, plot.Bottom);
                var left = X(first) - (slot / 2);
                var width = slot * (last - first + 1);
                var band = chart.BetterBelow
                    ? new XRect(left, y, width, plot.Bottom - y)
                    : new XRect(left, plot.Top, width, y - plot.Top);
                g.DrawRectangle(brush, band);
            }
        }

        // Grid and value axis.
        var gridPen = new XPen(theme.Rule, 0.35);
        foreach (var tick in axis.Ticks)
        {
            var y = Y(tick.Value);
            g.DrawLine(gridPen, plot.X, y, plot.Right, y);
            Text(g, theme, tick.Label, TextStyle.ChartLabel, plot.X - 3 - measure.Width(tick.Label, TextStyle.ChartLabel), y - 4.5, theme.Muted);
        }

        g.DrawLine(new XPen(theme.Muted, 0.6), plot.X, plot.Bottom, plot.Right, plot.Bottom);

        // Quarter labels: "Q1" over "15/16".
        for (var i = 0; i < chart.Quarters.Count; i++)
        {
            var (quarter, year) = chart.Quarters[i];
            Text(g, theme, quarter, TextStyle.ChartLabel, X(i) - (measure.Width(quarter, TextStyle.ChartLabel) / 2), plot.Bottom + 1, theme.Muted);
            if (year is not null)
            {
                Text(g, theme, year, TextStyle.ChartLabel, X(i) - (measure.Width(year, TextStyle.ChartLabel) / 2), plot.Bottom + 9, theme.Muted);
            }
        }

        // Target: dashed steps, one per run of quarters with the same target.
        var targetPen = TeamBarChart.TargetPen(theme);
        foreach (var (first, last, goal) in chart.Targets)
        {
            var y = Y((double)goal);
            g.DrawLine(targetPen, X(first) - (slot / 2), y, X(last) + (slot / 2), y);
        }

        // England average by year: dotted, over the target so it shows where the two are equal.
        var englandPen = EnglandPen(theme);
        foreach (var (first, last, average) in chart.England)
        {
            var y = Y((double)average);
            g.DrawLine(englandPen, X(first) - (slot / 2), y, X(last) + (slot / 2), y);
        }

        // The council's figures: solid line, gaps where a quarter is missing.
        var linePen = new XPen(theme.Accent, 1.8) { LineJoin = XLineJoin.Round };
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i - 1] is { } a && values[i] is { } b)
            {
                g.DrawLine(linePen, X(i - 1), Y((double)a), X(i), Y((double)b));
            }
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v)
            {
                g.DrawEllipse(new XPen(theme.Accent, 1.2), XBrushes.White, X(i) - 2.2, Y((double)v) - 2.2, 4.4, 4.4);
            }
        }

        if (chart.Latest is (var lastIndex, var latest, var label))
        {
            var x = Math.Min(X(lastIndex) - (measure.Width(label, TextStyle.ChartLabelBold) / 2), plot.Right - measure.Width(label, TextStyle.ChartLabelBold));
            var y = Y((double)latest);
            var above = y - plot.Top > 12;
            g.DrawEllipse(new XSolidBrush(theme.Accent), X(lastIndex) - 2.6, y - 2.6, 5.2, 5.2);
            var top = above ? y - 12 : y + 3;
            var labelWidth = measure.Width(label, TextStyle.ChartLabelBold);

            // A white backing keeps the figure readable where it crosses the target or England line.
            g.DrawRectangle(XBrushes.White, x - 1.5, top + 0.5, labelWidth + 3, 8.5);
            Text(g, theme, label, TextStyle.ChartLabelBold, x, top, theme.Ink);
        }
    }

    /// <summary>Round dots, heavier than the target's dashes, so England stays visible where it lies on the target.</summary>
    private static XPen EnglandPen(Theme theme) => new(theme.Muted, 1.6) { DashStyle = XDashStyle.Dot, LineCap = XLineCap.Round };

    /// <summary>
    /// The legend's entries laid out left to right, wrapping onto another line where the next would not
    /// fit, and the polarity ("lower is better") right-aligned on the last line, or on a line of its own:
    /// nothing in a legend is ever dropped. Returns how many lines it takes.
    /// </summary>
    private int DrawLegend(XGraphics g, XRect area, Theme theme, ITextMeasure measure)
    {
        var left = area.X + AxisLabelWidth;
        var limit = area.Right - RightPadding;
        var x = left;
        var line = 0;
        double Y() => area.Y + 4 + (line * LegendHeight);
        void Place(double width)
        {
            if (x > left && x + width > limit)
            {
                line++;
                x = left;
            }
        }

        void Item(string label, XPen pen)
        {
            Place(17 + measure.Width(label, TextStyle.ChartLabel));
            g.DrawLine(pen, x, Y() + 0.5, x + 14, Y() + 0.5);
            Text(g, theme, label, TextStyle.ChartLabel, x + 17, Y() - 4, theme.Ink);

            x += 17 + measure.Width(label, TextStyle.ChartLabel) + 8;
        }

        Item("Council", new XPen(theme.Accent, 1.8));
        if (chart.Targets.Count > 0)
        {
            Item("Target", TeamBarChart.TargetPen(theme));
        }

        if (chart.England.Count > 0)
        {
            Item("England", EnglandPen(theme));
        }

        if (chart.Shaded)
        {
            Place(13 + measure.Width(TrendChartModel.TargetMetLabel, TextStyle.ChartLabel));
            g.DrawRectangle(new XPen(theme.Rule, 0.4), new XSolidBrush(theme.GoodSide), x, Y() - 3.5, 10, 8);
            Text(g, theme, TrendChartModel.TargetMetLabel, TextStyle.ChartLabel, x + 13, Y() - 4, theme.Ink);

            x += 13 + measure.Width(TrendChartModel.TargetMetLabel, TextStyle.ChartLabel) + 8;
        }

        var polarity = chart.PolarityLegend;
        var width = measure.Width(polarity, TextStyle.ChartLabelBold);
        if (limit - width < x)
        {
            line++;
        }

        Text(g, theme, polarity, TextStyle.ChartLabelBold, Math.Max(left, limit - width), Y() - 4, theme.Muted);

        return line + 1;
    }

    internal static void Text(XGraphics g, Theme theme, string text, TextStyle style, double x, double top, XColor colour) =>
        g.DrawString(text, theme.Font(style), new XSolidBrush(colour), x, top + theme.Ascent(style));
}
