namespace Reporting.Pipeline.MetricFiles;

/// <summary>A column a CSV file is read for; required columns must be in the header.</summary>
public sealed record CsvColumn(string Name, bool Required = false);
