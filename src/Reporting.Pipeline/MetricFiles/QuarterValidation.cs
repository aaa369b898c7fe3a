using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles.LookedAfter;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>The Validate stage: reads every collected file; unknown files are flagged, never silently skipped.</summary>
public static class QuarterValidation
{
    /// <summary>The config files a run reads (besides <c>audiences/*.json</c>).</summary>
    public static IReadOnlyList<string> KnownConfigFiles { get; } = [TargetsFile.FileName, BenchmarksFile.FileName, PostcodeBook.Name, CouncilNameFile.FileName, ReviewDatesFile.FileName, BaselineFile.FileName, ContextFile.FileName];

    public static ValidatedQuarter Validate(QuarterFiles files, IReadOnlyList<IRecordSource> sources)
    {
        var findings = new FindingList();
        var measures = files.Upload(MeasuresFile.FileName) is { } measuresFile
            ? MeasuresFile.Read(measuresFile, files.Period, findings)
            : [];
        var targets = files.ConfigFile(TargetsFile.FileName) is { } targetsFile ? TargetsFile.Read(targetsFile, findings) : TargetBook.Empty;
        var benchmarks = files.ConfigFile(BenchmarksFile.FileName) is { } benchmarksFile ? BenchmarksFile.Read(benchmarksFile, findings) : BenchmarkBook.Empty;
        var commentary = files.Upload(CommentaryFile.FileName) is { } commentaryFile ? CommentaryFile.Read(commentaryFile, findings) : CommentarySections.Empty;
        var actions = files.Upload(ActionsFile.FileName) is { } actionsFile ? ActionsFile.Read(actionsFile, findings) : [];
        var reviewDates = files.ConfigFile(ReviewDatesFile.FileName) is { } datesFile ? ReviewDatesFile.Read(datesFile, findings) : ReviewDateBook.Empty;
        var baseline = files.ConfigFile(BaselineFile.FileName) is { } baselineFile ? BaselineFile.Read(baselineFile, findings) : null;
        var context = files.ConfigFile(ContextFile.FileName) is { } contextFile ? ContextFile.Read(contextFile, findings) : null;

        var recordLevel = new List<IndicatorValue>();
        var teams = new List<TeamFigures>();
        foreach (var source in sources)
        {
            var result = source.Read(files);
            recordLevel.AddRange(result.Values);
            teams.AddRange(result.Teams);
            findings.AddRange(result.Findings);
        }

        foreach (var (name, file) in files.Uploads)
        {
            var known = name.Equals(MeasuresFile.FileName, StringComparison.OrdinalIgnoreCase)
                || name.Equals(CommentaryFile.FileName, StringComparison.OrdinalIgnoreCase)
                || name.Equals(ActionsFile.FileName, StringComparison.OrdinalIgnoreCase)
                || sources.Any(s => s.Reads(name));
            if (!known)
            {
                findings.Add(Finding.Warning(file.Name, "This file is not one the pipeline reads, so it is not used. Check its name against the data contract (e.g. measures.csv, workforce.csv, ssda903/episodes.csv)."));
            }
        }

        foreach (var (name, file) in files.Config)
        {
            if (!KnownConfigFiles.Contains(name, StringComparer.OrdinalIgnoreCase) && !name.StartsWith("audiences/", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(Finding.Warning(file.Name, $"This config file is not one the pipeline reads ({string.Join(", ", KnownConfigFiles)}, audiences/*.json), so it is not used."));
            }
        }

        // One problem repeated on thousands of rows is listed 20 times and then counted, for every file at once.
        return new ValidatedQuarter(files, measures, recordLevel, teams, targets, benchmarks, commentary, FindingDigest.Condense(findings))
        {
            Actions = actions,
            ReviewDates = reviewDates,
            Baseline = baseline,
            Context = context,
        };
    }
}
