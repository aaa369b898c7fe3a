using System.Globalization;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Batches;
using Reporting.Storage.Folder;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting run --council all|800-952|886,933</c>: one quarter for many councils in one process,
/// a council per core at a time (<see cref="CouncilBatch"/>), with a progress bar on a terminal (a
/// line per council when the output is redirected) and a summary table. Exit code 1 when any
/// council failed; the others are published all the same.
/// </summary>
internal static class BatchRunCommand
{
    public static async Task<int> RunAsync(FolderStore store, CouncilSelection selection, FinancialQuarter period, IReadOnlyList<string> audiences, bool force, bool publishWithErrors, bool publishIncomplete, CancellationToken cancellationToken)
    {
        var councils = await selection.ResolveAsync(store, cancellationToken);
        if (councils.Count == 0)
        {
            Terminal.Fail($"No council in {store.Description} matches --council {selection}: upload files under metrics/{{council}}/ first, or name the councils.");
            return ExitCodes.FindingsOrFailure;
        }

        var batch = new CouncilBatch(PipelineComposition.CreateRun(store, new ServiceLinks()));
        Terminal.Line(string.Create(CultureInfo.InvariantCulture, $"Running {councils.Count} council(s) for {period.Label}, {batch.MaxParallel} at a time, from {store.Description}"));
        var result = Console.IsOutputRedirected
            ? await batch.RunAsync(councils, period, audiences, force, new LineProgress(), cancellationToken, publishWithErrors, publishIncomplete)
            : await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"{period.ShortLabel}: {councils.Count} councils", maxValue: councils.Count);
                    return await batch.RunAsync(councils, period, audiences, force, new BarProgress(task), cancellationToken, publishWithErrors, publishIncomplete);
                });

        Terminal.Table(
            string.Create(CultureInfo.InvariantCulture, $"Councils, {period.ShortLabel}"),
            ["Council", "Outcome", "Time", "Input errors", "Message"],
            result.Councils.Select(c => (IReadOnlyList<string>)[c.Council.Value, Word(c.Outcome), Seconds(c.Elapsed), c.InputErrors.ToString(CultureInfo.InvariantCulture), c.Message]));
        Terminal.Line(string.Create(CultureInfo.InvariantCulture,
            $"{result.Count(CouncilOutcome.Published)} published, {result.Count(CouncilOutcome.Unchanged)} unchanged, {result.Count(CouncilOutcome.Failed)} failed, in {Seconds(result.Elapsed)} ({batch.MaxParallel} at a time)."));
        if (result.AnyFailed)
        {
            Terminal.Fail("Some councils failed (see the table); their previous publications are unchanged, the others were published.");
        }

        return result.AnyFailed ? ExitCodes.FindingsOrFailure : ExitCodes.Ok;
    }

    private static string Word(CouncilOutcome outcome) => outcome.ToString().ToLowerInvariant();

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture);

    /// <summary>Advances the bar as each council finishes (from any thread: a progress task is thread-safe).</summary>
    private sealed class BarProgress(ProgressTask task) : IProgress<CouncilResult>
    {
        public void Report(CouncilResult value) => task.Increment(1);
    }

    /// <summary>Without a terminal: one line per council as it finishes.</summary>
    private sealed class LineProgress : IProgress<CouncilResult>
    {
        private readonly Lock _gate = new();

        public void Report(CouncilResult value)
        {
            lock (_gate)
            {
                Terminal.Progress(Word(value.Outcome), $"{value.Council} in {Seconds(value.Elapsed)}");
            }
        }
    }
}
