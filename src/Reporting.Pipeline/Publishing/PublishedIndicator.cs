namespace Reporting.Pipeline.Publishing;

/// <summary>One indicator as indicators.json publishes it: id, title, figures, target, RAG status (lower case), direction, comparators, source.</summary>
public sealed record PublishedIndicator(
    string Id,
    string Title,
    int Priority,
    string Period,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    string Unit,
    decimal? Target,
    decimal? Previous,
    string Status,
    string Direction,
    decimal? England,
    decimal? StatisticalNeighbours,
    string Source,
    string? NotAvailableReason);
