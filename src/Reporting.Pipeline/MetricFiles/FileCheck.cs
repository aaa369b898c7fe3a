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
    /// The findings for a file named <paramref name="fileName"/>, read as an upload for
    /// <paramref name="period"/>. Its name decides how it is read (measures.csv, workforce.csv,
    /// ssda903/episodes.csv, config/targets.csv, ...) or, when the name is not the contract's, its
    /// content (<see cref="UploadNames"/>). A file recognised neither way is itself a finding.
    /// </summary>
    public static IReadOnlyList<Finding> Check(string fileName, byte[] content, FinancialQuarter period, IReadOnlyList<IRecordSource> sources) =>
        CheckUpload(fileName, content, period, sources).Findings;

    /// <summary>
    /// As <see cref="Check"/>, with what the file was read as (null when it was not recognised);
    /// <paramref name="cancellationToken"/> stops the reading between records (an <see cref="OperationCanceledException"/>).
    /// </summary>
    public static UploadCheckResult CheckUpload(string fileName, byte[] content, FinancialQuarter period, IReadOnlyList<IRecordSource> sources, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var baseName = BaseName(fileName);
        if (baseName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            // The only JSON a council uploads is an audience definition, config/audiences/{id}.json.
            var audience = $"audiences/{baseName.ToLowerInvariant()}";
            return new UploadCheckResult(new RecognisedUpload(audience, true, false), AudienceCatalogue.Check($"config/{audience}", content));
        }

        var recognised = UploadNames.Recognise(fileName, content);
        if (recognised is { IsConfig: true })
        {
            return new UploadCheckResult(recognised, CheckConfig(recognised.Name, new InputFile($"config/{recognised.Name}", content, "\"local\"") { Cancellation = cancellationToken }));
        }

        var relative = recognised?.Name ?? BaseName(fileName);
        var file = new InputFile(relative, content, "\"local\"") { Cancellation = cancellationToken };
        var empty = new Dictionary<string, InputFile>(StringComparer.OrdinalIgnoreCase);
        var single = new Dictionary<string, InputFile>(StringComparer.OrdinalIgnoreCase) { [relative] = file };
        var files = new QuarterFiles(CouncilCode.From(0), period, single, empty);
        var validated = QuarterValidation.Validate(files, sources);
        return new UploadCheckResult(recognised, validated.Findings.Where(f => f.File == relative).ToList());
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

    private static string BaseName(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        return name[(name.LastIndexOf('/') + 1)..];
    }
}
