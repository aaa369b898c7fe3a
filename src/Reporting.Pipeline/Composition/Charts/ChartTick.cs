namespace Reporting.Pipeline.Composition.Charts;

/// <summary>A tick on a <see cref="ChartAxis"/>: where it sits and its label as every renderer prints it ("12.5", "40%").</summary>
public sealed record ChartTick(double Value, string Label);
