using System.Text;
using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;

namespace Reporting.Pipeline.Tests.Aggregation;

/// <summary>Builds the files of one quarter for a record source, from text or from the fixtures folder.</summary>
internal static class TestQuarter
{
    public static QuarterFiles Files(string period, params (string Name, string Text)[] uploads) =>
        Files(period, uploads, []);

    public static QuarterFiles Files(string period, (string Name, string Text)[] uploads, (string Name, string Text)[] config)
    {
        var quarter = FinancialQuarter.From(period);
        return new QuarterFiles(
            CouncilCode.From(933),
            quarter,
            uploads.ToDictionary(u => u.Name, u => Input($"{period}/{u.Name}", u.Text), StringComparer.OrdinalIgnoreCase),
            config.ToDictionary(c => c.Name, c => Input($"config/{c.Name}", c.Text), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>An upload from text, as a council's system saves it (optionally with a UTF-8 byte order mark, as Excel writes).</summary>
    public static InputFile Input(string name, string text, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new InputFile(name, byteOrderMark ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes, "\"etag\"");
    }

    /// <summary>The text of a fixture under tests/Reporting.Pipeline.Tests/MetricFiles/Fixtures (copied beside the test assembly).</summary>
    public static string Fixture(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MetricFiles", "Fixtures", relativePath));

    public static IndicatorValue Value(this SourceResult result, string id) => result.Values.Single(v => v.IndicatorId == id);

    /// <summary>The value as the documents round it.</summary>
    public static decimal? Shown(this SourceResult result, string id) =>
        result.Value(id).Value is { } value ? IndicatorCatalogue.Get(id).Round(value) : null;

    public static IEnumerable<Finding> Errors(this SourceResult result) => result.Findings.Where(f => f.Severity == Severity.Error);
}
