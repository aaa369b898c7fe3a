using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Composition;

namespace Reporting.Pipeline.Publishing;

/// <summary>
/// <c>indicators.csv</c>, <c>indicators.json</c> and <c>data-quality.json</c>: every indicator value
/// with its provenance, and every finding. <c>indicators.json</c> is read back by later runs
/// for their trend history.
/// </summary>
public static class IndicatorsExport
{

    public static byte[] ToJson(CouncilCode council, FinancialQuarter period, IReadOnlyList<IndicatorReport> reports) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new PublishedIndicators(council.Value, period.ToString(), reports.Select(Row).ToList()),
            PublishedJson.Options);

    /// <summary>The values a published indicators.json holds; empty when it cannot be read (an earlier format or a damaged file).</summary>
    public static IReadOnlyList<IndicatorValue> ReadValues(byte[] json)
    {
        try
        {
            var published = JsonSerializer.Deserialize<PublishedIndicators>(json, PublishedJson.Options);
            if (published is null || !FinancialQuarter.Parse(published.Period).TryGetValue(out var period))
            {
                return [];
            }

            return published.Indicators
                .Where(i => i.Value is not null && IndicatorCatalogue.TryGet(i.Id, out _))
                .Select(i => IndicatorValue.Available(i.Id, period, i.Value!.Value, $"published indicators.json for {period}", i.Numerator, i.Denominator))
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static byte[] ToCsv(IReadOnlyList<IndicatorReport> reports)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            csv.WriteRecords(reports.Select(Row).Select(r => new
            {
                indicator = r.Id,
                title = r.Title,
                priority = r.Priority,
                period = r.Period,
                value = r.Value,
                numerator = r.Numerator,
                denominator = r.Denominator,
                unit = r.Unit,
                target = r.Target,
                previous = r.Previous,
                status = r.Status,
                direction = r.Direction,
                england = r.England,
                statistical_neighbours = r.StatisticalNeighbours,
                source = r.Source,
                not_available_reason = r.NotAvailableReason,
            }));
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] DataQualityJson(CouncilCode council, FinancialQuarter period, IReadOnlyList<Finding> findings) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                council = council.Value,
                period = period.ToString(),
                errors = findings.Count(f => f.Severity == Severity.Error),
                warnings = findings.Count(f => f.Severity == Severity.Warning),
                findings = findings.Select(f => new
                {
                    severity = f.Severity,
                    file = f.File,
                    location = f.Location,
                    row = f.Row,
                    elementPath = f.ElementPath,
                    column = f.Column,
                    value = f.Value,
                    rule = f.Rule,
                }),
            },
            PublishedJson.Options);

    /// <summary>
    /// The findings a published data-quality.json holds (as <see cref="DataQualityJson"/> wrote
    /// them); empty when it cannot be read (an earlier format or a damaged file).
    /// </summary>
    public static IReadOnlyList<Finding> ReadFindings(byte[] json)
    {
        try
        {
            var published = JsonSerializer.Deserialize<PublishedDataQuality>(json, PublishedJson.Options);
            return (published?.Findings ?? [])
                .Where(f => f is not null)
                .Select(f => new Finding(f.Severity, f.File ?? string.Empty, f.Rule ?? string.Empty, f.Row, f.Column, f.Value, f.ElementPath))
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static IndicatorRow Row(IndicatorReport report) => new(
        report.Definition.Id,
        report.Definition.Title,
        report.Definition.Priority,
        report.Current.Period.ToString(),
        report.Current.Value,
        report.Current.Numerator,
        report.Current.Denominator,
        report.Definition.Unit.ToString().ToLowerInvariant(),
        report.Target?.Value,
        report.Previous,
        report.Assessment.Status.ToString().ToLowerInvariant(),
        report.Assessment.Judgement.ToString().ToLowerInvariant(),
        report.Benchmark?.England,
        report.Benchmark?.StatisticalNeighbours,
        report.Current.Source,
        report.Current.NotAvailableReason);

    private sealed record PublishedDataQuality(IReadOnlyList<PublishedFinding>? Findings);

    private sealed record PublishedFinding(Severity Severity, string? File, string? Rule, int? Row, string? Column, string? Value, string? ElementPath);

    private sealed record PublishedIndicators(string Council, string Period, IReadOnlyList<IndicatorRow> Indicators);

    private sealed record IndicatorRow(
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
}
