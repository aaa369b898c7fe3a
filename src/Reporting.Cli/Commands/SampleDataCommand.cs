using System.CommandLine;
using Reporting.SampleData;
using Reporting.Storage.Folder;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting sample-data --out DIR</c>: write the deterministic sample data set as a folder store.</summary>
internal static class SampleDataCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "The folder to write into (it becomes a folder store: metrics/933/... inside). Default: ./store",
            HelpName = "DIR",
            DefaultValueFactory = _ => CommonOptions.DefaultStore,
        };
        var command = new Command("sample-data", $"Write the sample data set for council {SampleDataSet.Council} ({SampleArc.First.ShortLabel} to {SampleArc.Latest.ShortLabel}): the files a council uploads, with synthetic figures.")
        {
            output,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var store = new FolderStore(result.GetValue(output)!);
            var count = await SampleDataSet.WriteAsync(store, cancellationToken);
            Terminal.Line($"Wrote {count} files under {Path.Combine(store.Root, "metrics")}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
