using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Reporting.Functions.Hosting;
using Reporting.Functions.Http;
using Reporting.Pipeline.Storage;
using Reporting.SampleData;
using Reporting.Functions.Local;
using Reporting.Storage.Folder;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting serve</c>: the function app's HTTP functions over the folder store, on loopback, with an in-process run queue, for trying the API locally.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var port = new Option<int>("--port")
        {
            Description = "The loopback port to listen on. Default: 7071 (as the Functions host uses).",
            DefaultValueFactory = _ => 7071,
        };
        var sample = new Option<bool>("--sample")
        {
            Description = $"Seed the store with the sample data set (council {SampleDataSet.Council}) if it has none, so the pages have something to show.",
        };
        var command = new Command("serve", "Serve the same HTTP API and web pages as the function app (start runs, fetch documents, upload and validate files) on 127.0.0.1, over the folder store. Ctrl+C stops it.")
        {
            store, port, sample,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var number = result.GetValue(port);
            if (number is < 1 or > 65535)
            {
                Terminal.Fail($"--port {number.ToString(CultureInfo.InvariantCulture)}: choose a port from 1 to 65535.");
                return ExitCodes.Usage;
            }

            var folder = new FolderStore(result.GetValue(store)!);
            if (result.GetValue(sample) && (await folder.ListAsync(StoreLayout.MetricsContainer, $"{SampleDataSet.Council}/", cancellationToken)).Count == 0)
            {
                var written = await SampleDataSet.WriteAsync(folder, cancellationToken);
                Terminal.Line($"Seeded {folder.Root} with the sample data set ({written} files).");
            }

            var url = $"http://127.0.0.1:{number.ToString(CultureInfo.InvariantCulture)}";
            var app = LocalFunctionsApp.Build(folder, new FunctionOptions(), [url]);
            Terminal.Line($"Serving {folder.Description} on {url} (loopback only).");
            Terminal.Line($"  Open {url}{ApiRoutes.QuartersUrl} in a browser for the improvement leads' pages. Or try:");
            Terminal.Line($"  curl -X POST {url}/api/runs/933/2017-18-Q2            (queues a run: 202 and a status URL)");
            Terminal.Line($"  curl {url}/api/reports/933/2017-18-Q2/status");
            Terminal.Line($"  curl -o dfe-review.pdf {url}/api/reports/933/2017-18-Q2/documents/dfe");
            Terminal.Line($"  curl --data-binary @measures.csv {url}/api/validate/933/2017-18-Q2/measures.csv");
            Terminal.Line($"  curl -X POST {url}{LocalFunctionsApp.TimerPath}         (the quarterly timer, by hand)");
            try
            {
                await app.StartAsync(cancellationToken);
                await app.WaitForShutdownAsync(cancellationToken);
            }
            catch (IOException exception)
            {
                Terminal.Fail($"Cannot listen on {url}: {exception.Message}. Choose another port with --port.");
                return ExitCodes.FindingsOrFailure;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
