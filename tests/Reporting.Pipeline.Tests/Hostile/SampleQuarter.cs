using System.Text;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Storage;
using Reporting.SampleData;

namespace Reporting.Pipeline.Tests.Hostile;

/// <summary>The sample's latest quarter as a run collects it, with some uploads replaced or removed, validated and aggregated.</summary>
internal static class SampleQuarter
{
    private static readonly Lazy<IReadOnlyList<SampleFile>> Sample = new(SampleDataSet.Files);

    public static FinancialQuarter Period => SampleArc.Latest;

    /// <summary>The text of a sample upload of the latest quarter ("vacancies.csv", "ssda903/episodes.csv").</summary>
    public static string Text(string name) =>
        Encoding.UTF8.GetString(Sample.Value.Single(f => f.Name == StorePath(name)).Content);

    /// <summary>Where a sample file is in the metrics container: "config/…" names are the council's config files.</summary>
    private static string StorePath(string name) => name.StartsWith("config/", StringComparison.Ordinal)
        ? StoreLayout.CouncilConfig(SampleDataSet.Council) + name["config/".Length..]
        : StoreLayout.QuarterInputs(SampleDataSet.Council, Period) + name;

    /// <summary>The header row of a sample upload, with its line ending.</summary>
    public static string Header(string name) => Text(name).Split('\n')[0] + "\n";

    /// <summary>The quarter's files with <paramref name="replaced"/> uploads swapped in (null content removes the file).</summary>
    public static QuarterFiles Files(params (string Name, byte[]? Content)[] replaced)
    {
        var prefix = StoreLayout.QuarterInputs(SampleDataSet.Council, Period);
        var configPrefix = StoreLayout.CouncilConfig(SampleDataSet.Council);
        var uploads = Sample.Value.Where(f => f.Name.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Name[prefix.Length..], f => new InputFile($"{Period}/{f.Name[prefix.Length..]}", f.Content, "\"sample\""), StringComparer.OrdinalIgnoreCase);
        var config = Sample.Value.Where(f => f.Name.StartsWith(configPrefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Name[configPrefix.Length..], f => new InputFile($"config/{f.Name[configPrefix.Length..]}", f.Content, "\"sample\""), StringComparer.OrdinalIgnoreCase);
        foreach (var (name, content) in replaced.Where(r => r.Name.StartsWith("config/", StringComparison.Ordinal)))
        {
            config[name["config/".Length..]] = new InputFile(name, content ?? [], "\"test\"");
        }

        foreach (var (name, content) in replaced.Where(r => !r.Name.StartsWith("config/", StringComparison.Ordinal)))
        {
            if (content is null)
            {
                uploads.Remove(name);
            }
            else
            {
                uploads[name] = new InputFile($"{Period}/{name}", content, "\"test\"");
            }
        }

        return new QuarterFiles(SampleDataSet.Council, Period, uploads, config);
    }

    public static (string Name, byte[]? Content) Replace(string name, string text) => (name, Encoding.UTF8.GetBytes(text));

    /// <summary>Validates and aggregates the files as a run does (no earlier publications).</summary>
    public static (ValidatedQuarter Quarter, QuarterIndicators Indicators) Aggregate(QuarterFiles files)
    {
        var quarter = QuarterValidation.Validate(files, RecordSources.All);
        return (quarter, IndicatorAggregator.Aggregate(quarter, new Dictionary<FinancialQuarter, IReadOnlyList<IndicatorValue>>()));
    }

    public static IEnumerable<Finding> Errors(this ValidatedQuarter quarter) => quarter.Findings.Where(f => f.Severity == Severity.Error);
}
