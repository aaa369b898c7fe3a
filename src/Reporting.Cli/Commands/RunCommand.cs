using System.CommandLine;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Domain.Periods;
using Reporting.Pipeline;
using Reporting.Pipeline.Batches;
using Reporting.Pipeline.Storage;
using Reporting.SampleData;
using Reporting.Storage.Folder;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting run</c>: one council and quarter through the whole pipeline, over the folder store.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var sample = new Option<bool>("--sample")
        {
            Description = $"Seed the store with the sample data set (council {SampleDataSet.Council}, {SampleArc.First.ShortLabel} to {SampleArc.Latest.ShortLabel}) if it has none, then run its latest quarter.",
        };
        var council = CommonOptions.Council(
            "The council's DfE three-digit local authority code, e.g. 933; or several, run a council per core at a time: all (every council in the store), a range 800-952, a list 886,933.");
        var period = CommonOptions.Period("The quarter to report, e.g. 2016-17-Q2 (July to September 2016). Default: the most recent quarter that has ended (with --sample: the latest sample quarter).");
        var audience = new Option<string[]>("--audience")
        {
            Description = "Produce only this audience's document (repeat, or separate with commas, for several: --audience dfe,essex): dfe, essex, cabinet, or one defined in config/audiences/. Default: all.",
            HelpName = "ID",
            AllowMultipleArgumentsPerToken = false,
        };
        var force = new Option<bool>("--force") { Description = "Render again even when the inputs are unchanged since the last publication." };
        var breakLock = new Option<bool>("--break-lock") { Description = "Break the quarter's run lock first: only when a run died and you are sure none is going on (a lock frees itself 15 s after its run stops)." };
        var publishWithErrors = new Option<bool>("--publish-with-errors")
        {
            Description = "Confirm figures that would change the publication in force beyond what is plausible (beyond their bound, to 0, or while their file has errors); without it, such a run is withheld and that publication stays in force.",
        };
        var publishIncomplete = new Option<bool>("--publish-incomplete")
        {
            Description = "Confirm publishing a quarter that lacks inputs or figures its audiences need; the documents then say what is missing. Without it, such a run is withheld.",
        };

        var command = new Command("run", "Run the pipeline for a council and quarter: validate the uploaded files, work out the indicators, render the review documents and publish them to reports/.")
        {
            store, sample, council, period, audience, force, publishWithErrors, publishIncomplete, breakLock,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(store)!,
            result.GetValue(sample),
            result.GetValue(council),
            result.GetValue(period),
            [.. (result.GetValue(audience) ?? []).SelectMany(a => a.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
            result.GetValue(force),
            result.GetValue(publishWithErrors),
            result.GetValue(publishIncomplete),
            result.GetValue(breakLock),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string storePath, bool sample, string? councilText, string? periodText, string[] audiences, bool force, bool publishWithErrors, bool publishIncomplete, bool breakLock, CancellationToken cancellationToken)
    {
        if (!sample && councilText is null)
        {
            Terminal.Fail("--council is required (or use --sample to run the sample data). Example: reporting run --council 933 --period 2016-17-Q2");
            return ExitCodes.Usage;
        }

        var parsed = CouncilSelection.Parse(councilText ?? SampleDataSet.Council.Value);
        if (!parsed.TryGetValue(out var selection))
        {
            Terminal.Fail($"--council: {parsed.Error}");
            return ExitCodes.Usage;
        }

        var defaultPeriod = sample ? SampleArc.Latest : FinancialQuarter.MostRecentEndedBefore(DateOnly.FromDateTime(DateTime.UtcNow));
        if (!CommonOptions.TryPeriod(periodText ?? defaultPeriod.ToString(), out var period))
        {
            return ExitCodes.Usage;
        }

        if (!sample && !Directory.Exists(storePath))
        {
            Terminal.Fail($"--store {storePath}: there is no such folder. Give the folder that holds metrics/ and reports/ (or use --sample to create one with the sample data).");
            return ExitCodes.Usage;
        }

        var store = new FolderStore(storePath);
        if (sample)
        {
            var existing = await store.ListAsync(StoreLayout.MetricsContainer, $"{SampleDataSet.Council}/", cancellationToken);
            if (existing.Count == 0)
            {
                var written = await SampleDataSet.WriteAsync(store, cancellationToken);
                Terminal.Line($"Seeded {store.Root} with the sample data set ({written} files).");
            }
        }

        if (selection.Single is not { } council)
        {
            if (breakLock)
            {
                Terminal.Fail("--break-lock breaks one quarter's lock: name one council with --council, not several.");
                return ExitCodes.Usage;
            }

            return await BatchRunCommand.RunAsync(store, selection, period, audiences, force, publishWithErrors, publishIncomplete, cancellationToken);
        }

        Terminal.Line($"Running council {council}, {period.Label}, from {store.Description}");
        var progress = new SynchronousProgress<RunProgress>(p => Terminal.Progress(p.Stage.ToString().ToLowerInvariant(), p.Detail));
        var run = PipelineComposition.CreateRun(store, new ServiceLinks());
        if (breakLock)
        {
            Terminal.Line(await run.BreakLockAsync(council, period, cancellationToken)
                ? $"Broke the run lock of council {council} {period.ShortLabel}."
                : $"Council {council} {period.ShortLabel} had no run lock to break.");
        }

        var result = await run.RunAsync(new RunRequest(council, period, audiences, force, publishWithErrors, publishIncomplete), progress, cancellationToken);
        return Report(store, result);
    }

    private static int Report(FolderStore store, RunResult result)
    {
        if (!result.Succeeded)
        {
            Terminal.Findings("Findings in the inputs", result.Findings);
            if (result.Gate is { Changes.Count: > 0 } gate && !gate.ChangesConfirmed)
            {
                Terminal.Table(
                    $"Figures held back: the publication in force (run {result.Manifest?.RunId}) keeps them",
                    ["Indicator", "In force", "This run", "From", "Why"],
                    gate.Changes.Select(c => (IReadOnlyList<string>)[c.IndicatorId, c.Was, c.Now, c.File, c.Why]));
            }

            Terminal.Fail(result.Message);
            return result.Outcome == RunOutcome.InvalidRequest ? ExitCodes.Usage : ExitCodes.FindingsOrFailure;
        }

        Terminal.Findings("Findings in the inputs (also in data-quality.json)", result.Findings);
        if (result.Manifest is { } manifest)
        {
            Terminal.Table(
                $"{(result.Outcome == RunOutcome.Unchanged ? "Already published, nothing rendered" : "Published")}: council {manifest.Council}, {manifest.Period} (run {manifest.RunId})",
                ["Output", "Audience", "Size", "Where"],
                manifest.Outputs.Select(o => (IReadOnlyList<string>)[o.File, o.Audience is null ? string.Empty : o.FromRun is null ? o.Audience : $"{o.Audience} (from run {o.FromRun})", Terminal.Size(o.Length), Shown(store.PathOf(StoreLayout.ReportsContainer, o.Path))]));
        }

        Terminal.Line(result.Message);
        var errors = result.Findings.Count(f => f.Severity == Domain.Findings.Severity.Error);
        return errors > 0 ? ExitCodes.FindingsOrFailure : ExitCodes.Ok;
    }

    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
