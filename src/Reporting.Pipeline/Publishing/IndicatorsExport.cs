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
    /// <summary>indicators.csv's columns in order: each header with how its field is written.</summary>
    private static readonly (string Header, Func<PublishedIndicator, string?> Field)[] CsvColumns =
    [
        ("indicator", r => r.Id),
        ("title", r => r.Title),
        ("priority", r => Invariant(r.Priority)),
        ("period", r => r.Period),
        ("value", r => Invariant(r.Value)),
        ("numerator", r => Invariant(r.Numerator)),
        ("denominator", r => Invariant(r.Denominator)),
        ("unit", r => r.Unit),
        ("target", r => Invariant(r.Target)),
        ("previous", r => Invariant(r.Previous)),
        ("status", r => r.Status),
        ("direction", r => r.Direction),
        ("england", r => Invariant(r.England)),
        ("statistical_neighbours", r => Invariant(r.StatisticalNeighbours)),
        ("source", r => r.Source),
        ("not_available_reason", r => r.NotAvailableReason),
    ];

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

    /// <summary>Every indicator row a published indicators.json holds, as published; empty when it cannot be read.</summary>
    public static IReadOnlyList<PublishedIndicator> ReadRows(byte[] json)
    {
        try
        {
            return JsonSerializer.Deserialize<PublishedIndicators>(json, PublishedJson.Options)?.Indicators ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>One row per indicator, field by field (no reflection-built record maps: a run pays no start-up cost for them).</summary>
    public static byte[] ToCsv(IReadOnlyList<IndicatorReport> reports)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var column in CsvColumns)
            {
                csv.WriteField(column.Header);
            }

            csv.NextRecord();
            foreach (var row in reports.Select(Row))
            {
                foreach (var column in CsvColumns)
                {
                    csv.WriteField(column.Field(row));
                }

                csv.NextRecord();
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string? Invariant(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static byte[] DataQualityJson(CouncilCode council, FinancialQuarter period, IReadOnlyList<Finding> findings) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new PublishedDataQuality(
                council.Value,
                period.ToString(),
                findings.Count(f => f.Severity == Severity.Error),
                findings.Count(f => f.Severity == Severity.Warning),
                findings.Select(f => new PublishedFinding(f.Severity, f.File, f.Location, f.Row, f.ElementPath, f.Column, f.Value, f.Rule)).ToList()),
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

    private static PublishedIndicator Row(IndicatorReport report) => new(
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

    /// <summary>data-quality.json, as written and read back (an earlier file may lack fields: they read as null).</summary>
    internal sealed record PublishedDataQuality(string? Council, string? Period, int Errors, int Warnings, IReadOnlyList<PublishedFinding>? Findings);

    internal sealed record PublishedFinding(Severity Severity, string? File, string? Location, int? Row, string? ElementPath, string? Column, string? Value, string? Rule);

    internal sealed record PublishedIndicators(string Council, string Period, IReadOnlyList<PublishedIndicator> Indicators);
}
