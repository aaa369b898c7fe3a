using Reporting.Domain.Indicators;

namespace Reporting.Pipeline.Composition;

/// <summary>One priority's part of the progress section (<see cref="ReportModel.PrioritySections"/>): its indicators and the council's commentary, if any.</summary>
public sealed record PrioritySection(Priority Priority, IReadOnlyList<IndicatorReport> Indicators, string? Commentary);
