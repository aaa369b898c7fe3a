using System.Diagnostics;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Reporting.Storage.Blob;

namespace Reporting.Testing;

/// <summary>
/// A real Azurite server (the pinned npm version in tests/tools): blob and queue services, in
/// memory, on free loopback ports, for the life of a test collection. Clients speak
/// <see cref="ServiceVersion"/>, a Storage REST version Azurite knows (the SDKs' default is newer),
/// through the same setting the function app reads. Install it with <c>npm ci --prefix tests/tools</c>.
/// </summary>
public sealed partial class AzuriteServer : IAsyncDisposable
{
    /// <summary>The Storage REST version the tests' clients send (Azurite 3.35 knows up to this one).</summary>
    public const string ServiceVersion = "2025-11-05";

    private readonly Process _process;

    private AzuriteServer(Process process, Uri blobEndpoint, Uri queueEndpoint)
    {
        _process = process;
        BlobEndpoint = blobEndpoint;
        QueueEndpoint = queueEndpoint;
    }

    /// <summary>http://127.0.0.1:{port}/devstoreaccount1 (path-style, as Azurite serves it).</summary>
    public Uri BlobEndpoint { get; }

    public Uri QueueEndpoint { get; }

    /// <summary>A connection string any Azure Storage client accepts, naming both services.</summary>
    public string ConnectionString => StorageConnection.DevelopmentConnectionString(BlobEndpoint, QueueEndpoint);

    /// <summary>An ordinary Blob client for the development account, as any tool would use.</summary>
    public BlobServiceClient BlobService(int maxRetries = 3)
    {
        var options = new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05);
        options.Retry.MaxRetries = maxRetries;
        return new BlobServiceClient(ConnectionString, options);
    }

    /// <summary>A queue client that reads and writes Base64 messages, as the Functions queue trigger does.</summary>
    public QueueServiceClient QueueService() =>
        new(ConnectionString, new QueueClientOptions(QueueClientOptions.ServiceVersion.V2025_11_05) { MessageEncoding = QueueMessageEncoding.Base64 });

    public static string Executable => Path.Combine(RepositoryLayout.Tools, "node_modules", ".bin", "azurite");

    /// <summary>Starts Azurite and waits until both services listen.</summary>
    public static async Task<AzuriteServer> StartAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({Executable} is missing). Run 'npm ci --prefix tests/tools' from the repository root, then run the tests again.");
        }

        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList =
            {
                "--inMemoryPersistence", "--silent", "--disableTelemetry",
                "--blobHost", "127.0.0.1", "--blobPort", "0",
                "--queueHost", "127.0.0.1", "--queuePort", "0",
                "--tableHost", "127.0.0.1", "--tablePort", "0",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryLayout.Tools,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        var blob = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                var exited = new InvalidOperationException($"Azurite exited before listening:\n{output}");
                blob.TrySetException(exited);
                queue.TrySetException(exited);
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            var match = ListeningLine().Match(e.Data);
            if (match.Success)
            {
                var endpoint = new Uri($"{match.Groups[2].Value}/{StorageConnection.DevelopmentAccountName}");
                (match.Groups[1].Value == "Blob" ? blob : match.Groups[1].Value == "Queue" ? queue : null)?.TrySetResult(endpoint);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var endpoints = await Task.WhenAll(blob.Task, queue.Task).WaitAsync(TimeSpan.FromSeconds(30));
            return new AzuriteServer(process, endpoints[0], endpoints[1]);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Azurite (Blob|Queue) service (?:is )?successfully listen(?:s|ing) (?:on|at) (http://[0-9.]+:\d+)")]
    private static partial Regex ListeningLine();
}
