using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// Validates one file before it is uploaded (the CLI's <c>validate</c> and the HTTP validate
/// route): the file is read exactly as a run would read it, and only the findings about that
/// file are returned. Nothing is stored.
/// </summary>
public static class FileCheck
{
    private static readonly string[] ConfigFiles = [TargetsFile.FileName, BenchmarksFile.FileName, QuarterValidation.PostcodesFile, ReportRun.CouncilNameFile];
    private static readonly string[] SsdaTables = ["episodes.csv", "header.csv", "oc2.csv", "oc3.csv"];

    /// <summary>
    /// The findings for a file named <paramref name="fileName"/> (its name decides how it is read:
    /// measures.csv, workforce.csv, ssda903/episodes.csv, config/targets.csv, ...), read as an upload for
    /// <paramref name="period"/>. An unrecognised name is itself a finding.
    /// </summary>
    public static IReadOnlyList<Finding> Check(string fileName, byte[] content, FinancialQuarter period, IReadOnlyList<IRecordSource> sources)
    {
        var relative = RelativeName(fileName);
        var baseName = relative[(relative.LastIndexOf('/') + 1)..];
        var isConfig = ConfigFiles.Contains(baseName, StringComparer.OrdinalIgnoreCase);
        var shownName = isConfig ? $"config/{baseName}" : relative;
        var file = new InputFile(shownName, content, "\"local\"");
        var empty = new Dictionary<string, InputFile>(StringComparer.OrdinalIgnoreCase);
        var single = new Dictionary<string, InputFile>(StringComparer.OrdinalIgnoreCase) { [isConfig ? baseName : relative] = file };
        var files = new QuarterFiles(CouncilCode.From(0), period, isConfig ? empty : single, isConfig ? single : empty);
        var validated = QuarterValidation.Validate(files, sources);
        return validated.Findings.Where(f => f.File == shownName).ToList();
    }

    /// <summary>Maps a local path to the upload name it stands for: "…/ssda903/episodes.csv" or a bare "episodes.csv" → "ssda903/episodes.csv".</summary>
    private static string RelativeName(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        var baseName = name[(name.LastIndexOf('/') + 1)..];
        return SsdaTables.Contains(baseName, StringComparer.OrdinalIgnoreCase) ? $"ssda903/{baseName.ToLowerInvariant()}" : baseName;
    }
}
