namespace Reporting.Pipeline.Composition.Charts;

/// <summary>A trend chart's label under one quarter: "Q1", with the financial year ("15/16") under the first quarter shown and under each Q1.</summary>
public sealed record ChartQuarter(string Quarter, string? Year);
