using Reporting.Domain.Councils;
using Reporting.Domain.Periods;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// The files collected for one council and quarter: the quarter's uploads, keyed by their path
/// within the quarter folder ("measures.csv", "ssda903/episodes.csv"), and the council's config
/// files keyed by name ("targets.csv", "postcodes.csv"). Keys are case-insensitive.
/// </summary>
public sealed class QuarterFiles(CouncilCode council, FinancialQuarter period, IReadOnlyDictionary<string, InputFile> uploads, IReadOnlyDictionary<string, InputFile> config)
{
    public CouncilCode Council { get; } = council;

    public FinancialQuarter Period { get; } = period;

    public IReadOnlyDictionary<string, InputFile> Uploads { get; } = uploads;

    public IReadOnlyDictionary<string, InputFile> Config { get; } = config;

    public InputFile? Upload(string relativeName) => Uploads.GetValueOrDefault(relativeName);

    public InputFile? ConfigFile(string name) => Config.GetValueOrDefault(name);

    /// <summary>Every file, uploads then config, for the manifest.</summary>
    public IEnumerable<InputFile> All => Uploads.Values.Concat(Config.Values);
}
