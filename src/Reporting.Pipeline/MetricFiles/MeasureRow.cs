using Reporting.Domain.Indicators;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>A usable row of measures.csv: its value and where it was written, for findings that point back to it.</summary>
public sealed record MeasureRow(IndicatorValue Value, string File, int Row);
