using System.Diagnostics;
using System.Text.RegularExpressions;
using Reporting.Storage.Blob;

namespace Reporting.Testing;

/// <summary>
/// A real Azurite blob server (the pinned npm version in tests/tools), in memory, on a free
/// loopback port, for the life of a test collection. Install it with
/// <c>npm ci --prefix tests/tools</c>.
/// </summary>
public sealed partial class AzuriteServer : IAsyncDisposable
{
    private readonly Process _process;

    private AzuriteServer(Process process, Uri blobEndpoint)
    {
        _process = process;
        BlobEndpoint = blobEndpoint;
    }

    /// <summary>http://127.0.0.1:{port}/devstoreaccount1 (path-style, as Azurite serves it).</summary>
    public Uri BlobEndpoint { get; }

    public StorageConnection Connection => StorageConnection.Development(BlobEndpoint);

    /// <summary>A connection string any Azure Storage client accepts.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={StorageConnection.DevelopmentAccountName};AccountKey={StorageConnection.DevelopmentAccountKey};BlobEndpoint={BlobEndpoint};";

    public static string Executable => Path.Combine(RepositoryLayout.Tools, "node_modules", ".bin", "azurite-blob");

    /// <summary>Starts Azurite and waits until it listens. --skipApiVersionCheck lets the newer JavaScript SDK in.</summary>
    public static async Task<AzuriteServer> StartAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({Executable} is missing). Run 'npm ci --prefix tests/tools' from the repository root, then run the tests again.");
        }

        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList = { "--inMemoryPersistence", "--blobHost", "127.0.0.1", "--blobPort", "0", "--silent", "--skipApiVersionCheck", "--disableTelemetry" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryLayout.Tools,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException($"Azurite exited before listening:\n{output}"));
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            var match = ListeningLine().Match(e.Data);
            if (match.Success)
            {
                listening.TrySetResult(new Uri($"{match.Groups[1].Value}/{StorageConnection.DevelopmentAccountName}"));
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
            var endpoint = await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return new AzuriteServer(process, endpoint);
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

    [GeneratedRegex(@"listens on (http://[0-9.]+:\d+)")]
    private static partial Regex ListeningLine();
}
