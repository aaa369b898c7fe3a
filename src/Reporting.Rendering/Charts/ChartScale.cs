namespace Reporting.Rendering.Charts;

/// <summary>
/// A value axis with "nice" round ticks (steps of 1, 2, 2.5 or 5 times a power of ten) that
/// covers every value to show, with percentages kept within 0–100. A count axis starts at zero
/// (a bar or line of headcounts read from a cut axis exaggerates change) and steps by whole numbers.
/// </summary>
internal sealed record ChartScale(double Min, double Max, double Step)
{
    public static ChartScale Covering(IEnumerable<double> values, bool percent, int ticks = 4, bool count = false)
    {
        if (count)
        {
            var counts = values.Append(0).ToArray();
            var whole = Covering(counts, percent: false, ticks);
            return whole.Step < 1 ? new ChartScale(0, Math.Max(1, Math.Ceiling(whole.Max)), 1) : whole with { Min = 0 };
        }

        var all = values.ToArray();
        if (all.Length == 0)
        {
            return new ChartScale(0, 1, 0.25);
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

        if (percent)
        {
            low = Math.Max(0, low);
            high = Math.Min(100, high);
        }

        var step = NiceStep((high - low) / ticks);
        var min = Math.Floor(low / step) * step;
        var max = Math.Ceiling(high / step) * step;
        return new ChartScale(min, max, step);
    }

    public IEnumerable<double> Ticks()
    {
        for (var tick = Min; tick <= Max + (Step / 1000); tick += Step)
        {
            yield return Math.Round(tick, 6);
        }
    }

    /// <summary>Where a value falls between 0 (bottom) and 1 (top).</summary>
    public double Fraction(double value) => (value - Min) / (Max - Min);

    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var scaled = rough / power;
        var nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 2.5 ? 2.5 : scaled <= 5 ? 5 : 10;
        return nice * power;
    }
}
