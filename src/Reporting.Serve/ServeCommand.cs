using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Reporting.Application.Routes;
using Reporting.Functions.Hosting;
using Reporting.Pipeline.Storage;
using Reporting.SampleData;
using Reporting.Storage.Folder;

namespace Reporting.Serve;

/// <summary><c>reporting-serve</c>: the function app's HTTP functions over the folder store, on loopback, with an in-process run queue, for trying the API and the pages locally.</summary>
internal static class ServeCommand
{
    /// <summary>Exit code: a setting, the store or the port failed.</summary>
    public const int Failure = 1;

    /// <summary>Exit code: the command line is wrong.</summary>
    public const int Usage = 2;

    public static RootCommand Create()
    {
        var store = new Option<string>("--store")
        {
            Description = "The folder that stands in for Blob Storage (containers metrics/ and reports/ inside). Default: ./store",
            HelpName = "DIR",
            DefaultValueFactory = _ => "store",
        };
        var port = new Option<int>("--port")
        {
            Description = "The loopback port to listen on. Default: 7071 (as the Functions host uses).",
            DefaultValueFactory = _ => 7071,
        };
        var sample = new Option<bool>("--sample")
        {
            Description = $"Seed the store with the sample data set (council {SampleDataSet.Council}) if it has none, so the pages have something to show.",
        };
        var command = new RootCommand("Serve the same HTTP API and web pages as the function app (start runs, fetch documents, upload and validate files) on 127.0.0.1, over the folder store. Ctrl+C stops it.")
        {
            store, port, sample,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var number = result.GetValue(port);
            if (number is < 1 or > 65535)
            {
                Fail($"--port {number.ToString(CultureInfo.InvariantCulture)}: choose a port from 1 to 65535.");
                return Usage;
            }

            var folder = new FolderStore(result.GetValue(store)!);
            if (result.GetValue(sample) && (await folder.ListAsync(StoreLayout.MetricsContainer, $"{SampleDataSet.Council}/", cancellationToken)).Count == 0)
            {
                var written = await SampleDataSet.WriteAsync(folder, cancellationToken);
                Console.WriteLine($"Seeded {folder.Root} with the sample data set ({written} files).");
            }

            var url = $"http://127.0.0.1:{number.ToString(CultureInfo.InvariantCulture)}";
            WebApplication app;
            try
            {
                // The function app's own settings (Reporting__RequestTimeoutSeconds, ...), bound and validated as it does.
                app = LocalFunctionsApp.Build(folder, options: null, [url]);
            }
            catch (OptionsValidationException exception)
            {
                Fail(exception.Message);
                return Failure;
            }

            Console.WriteLine($"Serving {folder.Description} on {url} (loopback only).");
            Console.WriteLine($"  Open {url}{ApiRoutes.QuartersUrl} in a browser for the improvement leads' pages. Or try:");
            Console.WriteLine($"  curl -X POST {url}/api/runs/933/2017-18-Q2            (queues a run: 202 and a status URL)");
            Console.WriteLine($"  curl {url}/api/reports/933/2017-18-Q2/status");
            Console.WriteLine($"  curl -o dfe-review.pdf {url}/api/reports/933/2017-18-Q2/documents/dfe");
            Console.WriteLine($"  curl --data-binary @measures.csv {url}/api/validate/933/2017-18-Q2/measures.csv");
            Console.WriteLine($"  curl -X POST {url}{LocalFunctionsApp.TimerPath}         (the quarterly timer, by hand)");
            try
            {
                await app.StartAsync(cancellationToken);
                await app.WaitForShutdownAsync(cancellationToken);
            }
            catch (IOException exception)
            {
                Fail($"Cannot listen on {url}: {exception.Message}. Choose another port with --port.");
                return Failure;
            }

            return 0;
        });
        return command;
    }

    /// <summary>An error on stderr, as the command line writes one.</summary>
    public static void Fail(string message) => Console.Error.WriteLine($"error: {message}");
}
