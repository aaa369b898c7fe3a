using System.Globalization;
using Reporting.Domain.Indicators;

namespace Reporting.Pipeline.Composition.Charts;

/// <summary>
/// A chart's value axis, decided once for every renderer: "nice" round ticks (steps of 1, 2, 2.5 or 5
/// times a power of ten) covering every value to show, each tick with its label as printed. Percentages
/// stay within 0–100; a count axis starts at zero (a line or bar of headcounts read from a cut axis
/// exaggerates change) and steps by whole numbers. Invariant: <see cref="Min"/> &lt; <see cref="Max"/>
/// and <see cref="Step"/> &gt; 0.
/// </summary>
public sealed record ChartAxis(double Min, double Max, double Step, IndicatorUnit Unit)
{
    /// <summary>The axis covering <paramref name="values"/> in about <paramref name="ticks"/> steps, by the rule of the values' unit.</summary>
    public static ChartAxis Covering(IEnumerable<double> values, IndicatorUnit unit, int ticks = 4)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (unit == IndicatorUnit.Count)
        {
            var whole = Covering(values.Append(0), IndicatorUnit.Ratio, ticks);
            return whole.Step < 1 ? new ChartAxis(0, Math.Max(1, Math.Ceiling(whole.Max)), 1, unit) : whole with { Min = 0, Unit = unit };
        }

        var all = values.ToArray();
        if (all.Length == 0)
        {
            return new ChartAxis(0, 1, 0.25, unit);
        }

        var low = all.Min();
        var high = all.Max();
        if (high - low < 1e-9)
        {
            var pad = Math.Abs(high) < 1e-9 ? 1 : Math.Abs(high) * 0.1;
            low -= pad;
            high += pad;
        }

        var margin = (high - low) * 0.08;
        low -= margin;
        high += margin;
        if (low < 0 && all.Min() >= 0)
        {
            low = 0;
        }

        if (unit == IndicatorUnit.Percent)
        {
            low = Math.Max(0, low);
            high = Math.Min(100, high);
        }

        var step = NiceStep((high - low) / ticks);
        var min = Math.Floor(low / step) * step;
        var max = Math.Ceiling(high / step) * step;
        return new ChartAxis(min, max, step, unit);
    }

    /// <summary>The ticks from <see cref="Min"/> to <see cref="Max"/>, each with its label: as many decimals as the step needs, "%" for percentages.</summary>
    public IReadOnlyList<ChartTick> Ticks
    {
        get
        {
            var ticks = new List<ChartTick>();
            for (var tick = Min; tick <= Max + (Step / 1000); tick += Step)
            {
                var value = Math.Round(tick, 6);
                ticks.Add(new ChartTick(value, Label(value)));
            }

            return ticks;
        }
    }

    /// <summary>Where a value falls between 0 (the axis's start) and 1 (its end).</summary>
    public double Fraction(double value) => (value - Min) / (Max - Min);

    private string Label(double tick)
    {
        var decimals = Math.Abs(Step - Math.Round(Step)) < 1e-9 ? 0 : Math.Abs((Step * 10) - Math.Round(Step * 10)) < 1e-9 ? 1 : 2;
        var text = tick.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return Unit == IndicatorUnit.Percent ? text + "%" : text;
    }

    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var scaled = rough / power;
        var nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 2.5 ? 2.5 : scaled <= 5 ? 5 : 10;
        return nice * power;
    }
}
