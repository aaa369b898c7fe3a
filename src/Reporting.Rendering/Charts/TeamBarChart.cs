using PdfSharp.Drawing;
using Reporting.Domain.Indicators;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Charts;

/// <summary>One team's bar; no value means the figure is not available.</summary>
internal sealed record TeamBar(string Team, decimal? Value);

/// <summary>
/// Horizontal bars by team (long team names stay readable), each labelled with its value, and a
/// dashed line for the council-wide figure. One colour: the value labels carry the meaning.
/// Figures are written the way <paramref name="indicator"/> writes them (its decimals and unit).
/// </summary>
internal sealed class TeamBarChart(IReadOnlyList<TeamBar> bars, IndicatorDefinition indicator, decimal? reference) : IDrawing
{
    private const double NameWidth = 104;
    private const double TopPadding = 14;
    private const double ValueLabelWidth = 30;

    public void Draw(XGraphics g, XRect area, Theme theme, ITextMeasure measure)
    {
        var max = (double)bars.Where(b => b.Value is not null).Select(b => b.Value!.Value).Append(reference ?? 0).Max();
        var scale = ChartScale.Covering([0, max], indicator.Unit == IndicatorUnit.Percent);
        var plot = new XRect(area.X + NameWidth, area.Y + TopPadding, area.Width - NameWidth - ValueLabelWidth, area.Height - TopPadding - 4);
        var rowHeight = bars.Count == 0 ? plot.Height : plot.Height / bars.Count;
        double X(double value) => plot.X + (scale.Fraction(value) * plot.Width);
        g.DrawLine(new XPen(theme.Muted, 0.6), plot.X, plot.Y, plot.X, plot.Bottom);

        // The council-wide line goes under the bars, so it never crosses a value label.
        if (reference is { } r)
        {
            var x = X((double)r);
            g.DrawLine(new XPen(theme.Ink, 1) { DashStyle = XDashStyle.Dash }, x, plot.Y - 2, x, plot.Bottom);
            var label = "Council " + indicator.Format(r);
            TrendChart.Text(g, theme, label, TextStyle.ChartLabelBold, Math.Min(x - (measure.Width(label, TextStyle.ChartLabelBold) / 2), area.Right - measure.Width(label, TextStyle.ChartLabelBold)), area.Y, theme.Ink);
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var top = plot.Y + (i * rowHeight);
            var name = TextFit.Ellipsis(bar.Team, TextStyle.ChartLabel, NameWidth - 6, measure);
            TrendChart.Text(g, theme, name, TextStyle.ChartLabel, area.X, top + (rowHeight / 2) - 4.5, theme.Ink);
            if (bar.Value is { } value)
            {
                var barHeight = Math.Min(11, rowHeight * 0.7);
                var right = X((double)value);
                g.DrawRectangle(new XSolidBrush(theme.Accent), plot.X, top + ((rowHeight - barHeight) / 2), right - plot.X, barHeight);
                var label = indicator.Format(value);
                var labelWidth = measure.Width(label, TextStyle.ChartLabelBold);

                // Inside the bar's end when it is long enough (white on the bar), else just beyond it.
                var inside = right - plot.X > labelWidth + 8;
                TrendChart.Text(g, theme, label, TextStyle.ChartLabelBold, inside ? right - labelWidth - 3 : right + 3, top + (rowHeight / 2) - 4.5, inside ? XColors.White : theme.Ink);
            }
            else
            {
                TrendChart.Text(g, theme, "n/a", TextStyle.ChartLabel, plot.X + 3, top + (rowHeight / 2) - 4.5, theme.Muted);
            }
        }
    }

    /// <summary>The alt text: every team's figure in words, highest first.</summary>
    public string Describe(string title)
    {
        var known = bars.Where(b => b.Value is not null).OrderByDescending(b => b.Value).ToArray();
        var parts = known.Select(b => $"{b.Team} {indicator.Format(b.Value!.Value)}").ToList();
        parts.AddRange(bars.Where(b => b.Value is null).Select(b => $"{b.Team} not available"));
        var text = $"{title}: " + (parts.Count == 0 ? "no teams" : string.Join(", ", parts));
        return reference is { } r ? $"{text}; council-wide {indicator.Format(r)}." : text + ".";
    }
}
