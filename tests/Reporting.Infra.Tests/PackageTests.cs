using System.Text.Json;
using Reporting.Testing;

namespace Reporting.Infra.Tests;

/// <summary>
/// The package azd (or a zip deploy) uploads, built by the one documented command
/// (infra/README.md: dotnet publish src/Reporting.Functions -c Release -r linux-x64), holds what the
/// Functions host loads and nothing that must not leave a developer's machine.
/// </summary>
[Trait("Lane", "Process")]
public sealed class PackageTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("reporting-package-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public async Task Publish_FunctionApp_HoldsTheWorkerItsMetadataTheQueueExtensionAndThePagesAssetsButNoLocalSettings()
    {
        var publish = await ExternalProcess.RunAsync(
            "dotnet",
            ["publish", Path.Combine("src", "Reporting.Functions"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-o", _output, "--nologo"],
            RepositoryLayout.Root,
            timeout: TimeSpan.FromMinutes(8));

        Assert.True(publish.ExitCode == 0, publish.ToString());
        foreach (var file in (string[])["host.json", "functions.metadata", "worker.config.json", "extensions.json", "Reporting.Functions.dll"])
        {
            Assert.True(File.Exists(Path.Combine(_output, file)), $"{file} is missing from the package");
        }

        Assert.True(File.Exists(Path.Combine(_output, ".azurefunctions", "Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll")), "the queue trigger's host extension is missing");
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryLayout.Root, "host.json")), File.ReadAllText(Path.Combine(_output, "host.json")));
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, "functions.metadata")));
        Assert.Contains(metadata.RootElement.EnumerateArray(), f => f.GetProperty("name").GetString() == "QuarterlyRun");
        Assert.NotEmpty(Directory.EnumerateFiles(_output, "*.css", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(_output, "local.settings*.json", SearchOption.AllDirectories));
        Assert.DoesNotContain(
            Directory.EnumerateFiles(_output, "*.json", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("AccountKey=", StringComparison.OrdinalIgnoreCase));
    }
}
