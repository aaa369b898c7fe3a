using System.CommandLine;
using System.Globalization;
using Reporting.Domain.Councils;
using Reporting.Pipeline.Queueing;
using Reporting.Storage.Folder;

using Reporting.Application.Routes;
using Reporting.Application.Runs;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting status</c>: where one council's quarter stands in the folder store: the publication in
/// force, <c>out-of-date</c> with what changed since when it no longer matches its inputs, and the
/// latest run's state and message (withheld and incomplete runs say why).
/// </summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var council = CommonOptions.Council();
        var period = CommonOptions.Period("The quarter, e.g. 2016-17-Q2.");
        var command = new Command("status", "Say where a council's quarter stands: published (and by which run), out-of-date (and what changed since), or not published; and how its latest run ended.")
        {
            store, council, period,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(store)!, result.GetValue(council), result.GetValue(period), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string storePath, string? councilText, string? periodText, CancellationToken cancellationToken)
    {
        var parsed = CouncilCode.Parse(councilText);
        if (!parsed.TryGetValue(out var council))
        {
            Terminal.Fail($"--council: {parsed.Error ?? "give the council's three-digit code, e.g. --council 933"}");
            return ExitCodes.Usage;
        }

        if (!CommonOptions.TryPeriod(periodText, out var period))
        {
            return ExitCodes.Usage;
        }

        if (!Directory.Exists(storePath))
        {
            Terminal.Fail($"--store {storePath}: there is no such folder. Give the folder that holds metrics/ and reports/.");
            return ExitCodes.Usage;
        }

        var store = new FolderStore(storePath);
        var run = PipelineComposition.CreateRun(store, new ServiceLinks());
        var inForce = (await run.ReadManifestAsync(council, period, cancellationToken)).Manifest;
        var (last, _) = await new RunStateStore(store).ReadAsync(council, period, cancellationToken);
        if (inForce is null)
        {
            Terminal.Line($"Council {council} {period.ShortLabel}: nothing is published.");
        }
        else if (await run.ChangesSincePublishedAsync(council, period, inForce, cancellationToken) is { Count: > 0 } changes)
        {
            Terminal.Line($"Council {council} {period.ShortLabel}: {RunStates.OutOfDate}. The publication in force (run {inForce.RunId}) no longer matches its inputs:");
            foreach (var change in changes)
            {
                Terminal.Line($"  - {change}");
            }

            Terminal.Line("Run the quarter again to bring it up to date.");
        }
        else
        {
            Terminal.Line(string.Create(CultureInfo.InvariantCulture, $"Council {council} {period.ShortLabel}: {RunStates.Published} by run {inForce.RunId} at {inForce.FinishedAt:yyyy-MM-dd HH:mm} UTC ({inForce.Errors} error(s), {inForce.Warnings} warning(s) in the inputs); it matches its inputs."));
        }

        if (last is not null)
        {
            Terminal.Line(string.Create(CultureInfo.InvariantCulture, $"Latest run ({last.Origin}, {last.UpdatedAt:yyyy-MM-dd HH:mm} UTC): {last.State}. {last.Message}"));
        }

        return ExitCodes.Ok;
    }
}
