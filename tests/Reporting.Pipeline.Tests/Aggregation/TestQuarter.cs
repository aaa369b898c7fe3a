using System.Runtime.CompilerServices;
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

    public static InputFile Input(string name, string text) => new(name, Encoding.UTF8.GetBytes(text), "\"etag\"");

    /// <summary>The text of a fixture under tests/Reporting.Pipeline.Tests/MetricFiles/Fixtures.</summary>
    public static string Fixture(string relativePath)
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "MetricFiles", "Fixtures"));
        return File.ReadAllText(Path.Combine(root, relativePath));
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;

    public static IndicatorValue Value(this SourceResult result, string id) => result.Values.Single(v => v.IndicatorId == id);

    /// <summary>The value as the documents round it.</summary>
    public static decimal? Shown(this SourceResult result, string id) =>
        result.Value(id).Value is { } value ? IndicatorCatalogue.Get(id).Round(value) : null;

    public static IEnumerable<Finding> Errors(this SourceResult result) => result.Findings.Where(f => f.Severity == Severity.Error);
}
