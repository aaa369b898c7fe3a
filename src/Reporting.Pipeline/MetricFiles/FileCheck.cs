using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles.LookedAfter;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// Validates one file before it is uploaded (the CLI's <c>validate</c> and the HTTP validate
/// route): an upload is read exactly as a run would read it, a config file by its own reader
/// (a run reads postcodes.csv only alongside the SSDA903 tables, so it is checked directly here),
/// and only the findings about that file are returned. Nothing is stored.
/// </summary>
public static class FileCheck
{
    /// <summary>
    /// The findings for a file named <paramref name="fileName"/> (its name decides how it is read:
    /// measures.csv, workforce.csv, ssda903/episodes.csv, config/targets.csv, ...), read as an upload for
    /// <paramref name="period"/>. An unrecognised name is itself a finding.
    /// </summary>
    public static IReadOnlyList<Finding> Check(string fileName, byte[] content, FinancialQuarter period, IReadOnlyList<IRecordSource> sources)
    {
        var relative = RelativeName(fileName);
        var baseName = relative[(relative.LastIndexOf('/') + 1)..];
        if (baseName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            // The only JSON a council uploads is an audience definition, config/audiences/{id}.json.
            return AudienceCatalogue.Check($"config/audiences/{baseName}", content);
        }

        if (QuarterValidation.KnownConfigFiles.FirstOrDefault(c => c.Equals(baseName, StringComparison.OrdinalIgnoreCase)) is { } configName)
        {
            return CheckConfig(configName, new InputFile($"config/{baseName}", content, "\"local\""));
        }

        var file = new InputFile(relative, content, "\"local\"");
        var empty = new Dictionary<string, InputFile>(StringComparer.OrdinalIgnoreCase);
        var single = new Dictionary<string, InputFile>(StringComparer.OrdinalIgnoreCase) { [relative] = file };
        var files = new QuarterFiles(CouncilCode.From(0), period, single, empty);
        var validated = QuarterValidation.Validate(files, sources);
        return validated.Findings.Where(f => f.File == relative).ToList();
    }

    private static FindingList CheckConfig(string name, InputFile file)
    {
        var findings = new FindingList();
        switch (name)
        {
            case TargetsFile.FileName:
                TargetsFile.Read(file, findings);
                break;
            case BenchmarksFile.FileName:
                BenchmarksFile.Read(file, findings);
                break;
            case PostcodeBook.Name:
                PostcodeBook.Read(file, findings);
                break;
            case CouncilNameFile.FileName:
                CouncilNameFile.Read(file, findings);
                break;
            case ReviewDatesFile.FileName:
                ReviewDatesFile.Read(file, findings);
                break;
            case BaselineFile.FileName:
                BaselineFile.Read(file, findings);
                break;
            case ContextFile.FileName:
                ContextFile.Read(file, findings);
                break;
        }

        return FindingDigest.Condense(findings);
    }

    /// <summary>Maps a local path to the upload name it stands for: "…/ssda903/episodes.csv" or a bare "episodes.csv" → "ssda903/episodes.csv".</summary>
    private static string RelativeName(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        var baseName = name[(name.LastIndexOf('/') + 1)..];
        return Ssda903Files.Names.FirstOrDefault(n => n.EndsWith("/" + baseName, StringComparison.OrdinalIgnoreCase)) ?? baseName;
    }
}
