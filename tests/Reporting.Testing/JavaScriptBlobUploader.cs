using System.Diagnostics;

namespace Reporting.Testing;

/// <summary>
/// Uploads files through the official JavaScript Azure Storage SDK (tests/tools/upload-blobs.mjs),
/// so tests read blobs written by an ordinary client rather than by our own.
/// </summary>
public static class JavaScriptBlobUploader
{
    /// <summary>Uploads each (blob name, local file) pair into <paramref name="container"/>, creating it if needed.</summary>
    public static async Task UploadAsync(string connectionString, string container, IEnumerable<(string BlobName, string FilePath)> files)
    {
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(RepositoryLayout.Tools, "upload-blobs.mjs"), connectionString, container },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryLayout.Tools,
        };
        foreach (var (name, path) in files)
        {
            start.ArgumentList.Add($"{name}={path}");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The JavaScript Blob client failed (exit {process.ExitCode}):\n{await output}\n{await error}");
        }
    }
}
