using System.CommandLine;
using Reporting.Application.Runs;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting validate FILE...</c>: check files before uploading them; nothing is stored.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Files to check, named as they will be uploaded (a file under another name is recognised by its header row or XML elements): measures.csv, workforce.csv, csww.xml, vacancies.csv, episodes.csv (and the other SSDA903 tables), missing.csv, cin.xml, commentary.md, actions.csv, targets.csv, benchmarks.csv, postcodes.csv, council.txt, review-dates.csv, baseline.txt, context.md, and audience definitions (config/audiences/{id}.json).",
            Arity = ArgumentArity.OneOrMore,
        };
        var period = CommonOptions.Period("The quarter the files are for. Default: the quarter in the file's folder name (as in metrics/933/2016-17-Q2/), else the most recent quarter that has ended (the one run reports by default).");
        var command = new Command("validate", "Check metric files against the data contract before uploading them. Lists every problem with its row and column; exit code 1 when any is an error.")
        {
            files, period,
        };
        command.SetAction(result => Validate(result.GetValue(files) ?? [], result.GetValue(period)));
        return command;
    }

    private static int Validate(string[] paths, string? periodText)
    {
        FinancialQuarter? chosen = null;
        if (periodText is not null)
        {
            if (!CommonOptions.TryPeriod(periodText, out var parsed))
            {
                return ExitCodes.Usage;
            }

            chosen = parsed;
        }

        var exit = ExitCodes.Ok;
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                Terminal.Fail($"{path}: no such file. Check the path (relative to {Environment.CurrentDirectory}).");
                exit = ExitCodes.FindingsOrFailure;
                continue;
            }

            var period = chosen ?? PeriodFromFolder(path) ?? FinancialQuarter.MostRecentEndedBefore(DateOnly.FromDateTime(DateTime.UtcNow));
            byte[] content;
            try
            {
                content = File.ReadAllBytes(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Terminal.Fail($"{path}: cannot be read ({exception.Message}).");
                exit = ExitCodes.FindingsOrFailure;
                continue;
            }

            var (readAs, findings) = FileCheck.CheckUpload(path, content, period, PipelineComposition.Sources);
            var errors = findings.Count(f => f.Severity == Severity.Error);
            var kind = readAs is { ByContent: true } ? $", read as {(readAs.IsConfig ? "config/" : string.Empty)}{readAs.Name} by its content" : string.Empty;
            Terminal.Findings($"{path} (as an upload for {period.ShortLabel}{kind})", findings);
            Terminal.Line($"{path}: {(errors == 0 ? "OK" : "NOT OK")}: {errors} error(s), {findings.Count - errors} warning(s).");
            if (errors > 0)
            {
                exit = ExitCodes.FindingsOrFailure;
            }
        }

        return exit;
    }

    private static FinancialQuarter? PeriodFromFolder(string path)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        if (folder is "ssda903")
        {
            folder = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path))));
        }

        return FinancialQuarter.Parse(folder).TryGetValue(out var period) ? period : null;
    }
}
