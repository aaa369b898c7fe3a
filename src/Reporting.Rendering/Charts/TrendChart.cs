using PdfSharp.Drawing;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Charts;

/// <summary>
/// An indicator's quarters (the last eight, or back to the baseline) drawn for print: the
/// council's figures as a solid line with markers, the target as a dashed step per quarter as
/// given, the England average as a dotted series (each quarter with the figure that applied to
/// it, drawn over the target so it shows where they are equal), and the better side of each
/// quarter's target shaded (polarity-aware, "Target met" in the legend), with "lower is better"
/// or "higher is better" written out. Counts are drawn from zero. Line styles differ, not just
/// colours, so it reads in greyscale. Missing quarters leave gaps in the line.
/// </summary>
internal sealed class TrendChart(IndicatorReport indicator) : IDrawing
{
    private const double LegendHeight = 11;
    private const double AxisLabelWidth = 30;
    private const double QuarterLabelHeight = 18;
    private const double RightPadding = 8;

    public void Draw(XGraphics g, XRect area, Theme theme, ITextMeasure measure)
    {
        var definition = indicator.Definition;
        var history = indicator.History;
        var hasEngland = history.Any(p => p.England is not null);
        var values = history.Where(p => p.Value is not null).Select(p => (double)p.Value!.Value)
            .Concat(history.Where(p => p.Target is not null).Select(p => (double)p.Target!.Value))
            .Concat(history.Where(p => p.England is not null).Select(p => (double)p.England!.Value))
            .ToArray();

        var plot = new XRect(area.X + AxisLabelWidth, area.Y + LegendHeight + 6, area.Width - AxisLabelWidth - RightPadding, area.Height - LegendHeight - 6 - QuarterLabelHeight);
        var shaded = definition.Polarity != Polarity.Neutral && history.Any(p => p.Target is not null);
        DrawLegend(g, area, theme, measure, hasEngland, history.Any(p => p.Target is not null), shaded);
        if (!history.Any(p => p.Value is not null))
        {
            g.DrawRectangle(new XPen(theme.Rule, 0.5), plot);
            Text(g, theme, "No figures yet for this indicator", TextStyle.ChartLabel, plot.X + (plot.Width / 2) - (measure.Width("No figures yet for this indicator", TextStyle.ChartLabel) / 2), plot.Y + (plot.Height / 2) - 4, theme.Muted);
            return;
        }

        var scale = ChartScale.Covering(values, definition.Unit == IndicatorUnit.Percent, count: definition.Unit == IndicatorUnit.Count);
        double Y(double value) => plot.Bottom - (scale.Fraction(value) * plot.Height);
        var slot = plot.Width / history.Count;
        double X(int index) => plot.X + (slot * (index + 0.5));

        // Better side of each quarter's target, shaded: one band per run of quarters with the same target.
        if (shaded)
        {
            var brush = new XSolidBrush(theme.GoodSide);
            foreach (var (first, last, goal) in Runs(history, p => p.Target))
            {
                var y = Math.Clamp(Y((double)goal), plot.Top, plot.Bottom);
                var left = X(first) - (slot / 2);
                var width = slot * (last - first + 1);
                var band = definition.Polarity == Polarity.LowerIsBetter
                    ? new XRect(left, y, width, plot.Bottom - y)
                    : new XRect(left, plot.Top, width, y - plot.Top);
                g.DrawRectangle(brush, band);
            }
        }

        // Grid and value axis.
        var gridPen = new XPen(theme.Rule, 0.35);
        foreach (var tick in scale.Ticks())
        {
            var y = Y(tick);
            g.DrawLine(gridPen, plot.X, y, plot.Right, y);
            var label = TickLabel(tick, scale.Step, definition);
            Text(g, theme, label, TextStyle.ChartLabel, plot.X - 3 - measure.Width(label, TextStyle.ChartLabel), y - 4.5, theme.Muted);
        }

        g.DrawLine(new XPen(theme.Muted, 0.6), plot.X, plot.Bottom, plot.Right, plot.Bottom);

        // Quarter labels: "Q1" over "15/16".
        for (var i = 0; i < history.Count; i++)
        {
            var period = history[i].Period;
            var quarter = $"Q{period.Quarter}";
            var year = $"{period.StartYear % 100:00}/{(period.StartYear + 1) % 100:00}";
            Text(g, theme, quarter, TextStyle.ChartLabel, X(i) - (measure.Width(quarter, TextStyle.ChartLabel) / 2), plot.Bottom + 1, theme.Muted);
            if (i == 0 || period.Quarter == 1)
            {
                Text(g, theme, year, TextStyle.ChartLabel, X(i) - (measure.Width(year, TextStyle.ChartLabel) / 2), plot.Bottom + 9, theme.Muted);
            }
        }

        // Target: dashed steps, one per run of quarters with the same target.
        var targetPen = new XPen(theme.Ink, 1.1) { DashStyle = XDashStyle.Dash };
        foreach (var (first, last, goal) in Runs(history, p => p.Target))
        {
            var y = Y((double)goal);
            g.DrawLine(targetPen, X(first) - (slot / 2), y, X(last) + (slot / 2), y);
        }

        // England average by year: dotted, over the target so it shows where the two are equal.
        var englandPen = EnglandPen(theme);
        foreach (var (first, last, average) in Runs(history, p => p.England))
        {
            var y = Y((double)average);
            g.DrawLine(englandPen, X(first) - (slot / 2), y, X(last) + (slot / 2), y);
        }

        // The council's figures: solid line, gaps where a quarter is missing.
        var linePen = new XPen(theme.Accent, 1.8) { LineJoin = XLineJoin.Round };
        for (var i = 1; i < history.Count; i++)
        {
            if (history[i - 1].Value is { } a && history[i].Value is { } b)
            {
                g.DrawLine(linePen, X(i - 1), Y((double)a), X(i), Y((double)b));
            }
        }

        var lastIndex = -1;
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i].Value is not { } v)
            {
                continue;
            }

            lastIndex = i;
            g.DrawEllipse(new XPen(theme.Accent, 1.2), XBrushes.White, X(i) - 2.2, Y((double)v) - 2.2, 4.4, 4.4);
        }

        if (lastIndex >= 0)
        {
            var last = history[lastIndex].Value!.Value;
            var label = definition.Format(last);
            var x = Math.Min(X(lastIndex) - (measure.Width(label, TextStyle.ChartLabelBold) / 2), plot.Right - measure.Width(label, TextStyle.ChartLabelBold));
            var y = Y((double)last);
            var above = y - plot.Top > 12;
            g.DrawEllipse(new XSolidBrush(theme.Accent), X(lastIndex) - 2.6, y - 2.6, 5.2, 5.2);
            var top = above ? y - 12 : y + 3;
            var labelWidth = measure.Width(label, TextStyle.ChartLabelBold);

            // A white backing keeps the figure readable where it crosses the target or England line.
            g.DrawRectangle(XBrushes.White, x - 1.5, top + 0.5, labelWidth + 3, 8.5);
            Text(g, theme, label, TextStyle.ChartLabelBold, x, top, theme.Ink);
        }
    }

    /// <summary>Runs of consecutive quarters with the same known value (a standing target, a year's England average): first index, last index, value.</summary>
    internal static IEnumerable<(int First, int Last, decimal Value)> Runs(IReadOnlyList<HistoryPoint> history, Func<HistoryPoint, decimal?> value)
    {
        var start = -1;
        decimal current = 0;
        for (var i = 0; i <= history.Count; i++)
        {
            var next = i < history.Count ? value(history[i]) : null;
            if (start >= 0 && next != current)
            {
                yield return (start, i - 1, current);
                start = -1;
            }

            if (start < 0 && next is { } known)
            {
                start = i;
                current = known;
            }
        }
    }

    /// <summary>Round dots, heavier than the target's dashes, so England stays visible where it lies on the target.</summary>
    private static XPen EnglandPen(Theme theme) => new(theme.Muted, 1.6) { DashStyle = XDashStyle.Dot, LineCap = XLineCap.Round };

    private void DrawLegend(XGraphics g, XRect area, Theme theme, ITextMeasure measure, bool england, bool target, bool shaded)
    {
        var x = area.X + AxisLabelWidth;
        var y = area.Y + 4;
        void Item(string label, XPen pen)
        {
            g.DrawLine(pen, x, y + 0.5, x + 14, y + 0.5);
            x += 17;
            Text(g, theme, label, TextStyle.ChartLabel, x, y - 4, theme.Ink);
            x += measure.Width(label, TextStyle.ChartLabel) + 8;
        }

        Item("Council", new XPen(theme.Accent, 1.8));
        if (target)
        {
            Item("Target", new XPen(theme.Ink, 1.1) { DashStyle = XDashStyle.Dash });
        }

        if (england)
        {
            Item("England", EnglandPen(theme));
        }

        if (shaded)
        {
            g.DrawRectangle(new XPen(theme.Rule, 0.4), new XSolidBrush(theme.GoodSide), x, y - 3.5, 10, 8);
            x += 13;
            Text(g, theme, "Target met", TextStyle.ChartLabel, x, y - 4, theme.Ink);
            x += measure.Width("Target met", TextStyle.ChartLabel) + 8;
        }

        var polarity = PolarityWords.Legend(indicator.Definition.Polarity);
        var right = area.Right - RightPadding - measure.Width(polarity, TextStyle.ChartLabelBold);
        if (right > x)
        {
            Text(g, theme, polarity, TextStyle.ChartLabelBold, right, y - 4, theme.Muted);
        }
    }

    private static string TickLabel(double tick, double step, IndicatorDefinition definition)
    {
        var decimals = Math.Abs(step - Math.Round(step)) < 1e-9 ? 0 : Math.Abs((step * 10) - Math.Round(step * 10)) < 1e-9 ? 1 : 2;
        var text = tick.ToString("N" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        return definition.Unit == IndicatorUnit.Percent ? text + "%" : text;
    }

    internal static void Text(XGraphics g, Theme theme, string text, TextStyle style, double x, double top, XColor colour) =>
        g.DrawString(text, theme.Font(style), new XSolidBrush(colour), x, top + theme.Ascent(style));
}
