using System.Diagnostics;
using Reporting.SampleData;
using Reporting.Testing;

namespace Reporting.Functions.Tests.Process;

/// <summary>
/// The deployable package (built by infra/publish.sh, or the one named by
/// <c>REPORTING_FUNCTIONAPP_PACKAGE</c>), Azurite with the sample council's files uploaded by the
/// JavaScript Azure Storage SDK, and one handler process started from the package.
/// </summary>
public sealed class FunctionAppFixture : IAsyncLifetime
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("reporting-functionapp-").FullName;
    private AzuriteServer? _azurite;
    private HandlerProcess? _handler;

    public string PackageRoot { get; private set; } = string.Empty;

    public AzuriteServer Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started.");

    internal HandlerProcess Handler => _handler ?? throw new InvalidOperationException("The handler has not started.");

    /// <summary>The app settings a function app would have, pointing at this Azurite.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["FUNCTIONS_WORKER_RUNTIME"] = "custom",
        ["AzureWebJobsStorage"] = Azurite.ConnectionString,
        ["Reporting__RequireAppRoles"] = "true",
        ["WEBSITE_AUTH_ENABLED"] = "true",
        ["Reporting__Councils"] = SampleDataSet.Council.Value,
        ["Reporting__RunWaitSeconds"] = "150",
        ["Reporting__MaxUploadMegabytes"] = "1",
    };

    public async Task InitializeAsync()
    {
        var azurite = AzuriteServer.StartAsync();
        var package = PublishAsync();
        _azurite = await azurite;
        PackageRoot = await package;
        await UploadSampleDataAsync();
        _handler = await StartHandlerAsync();
    }

    internal Task<HandlerProcess> StartHandlerAsync() => HandlerProcess.StartAsync(PackageRoot, Settings);

    public async Task DisposeAsync()
    {
        if (_handler is not null)
        {
            await _handler.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        Directory.Delete(_scratch, recursive: true);
    }

    private async Task<string> PublishAsync()
    {
        if (Environment.GetEnvironmentVariable("REPORTING_FUNCTIONAPP_PACKAGE") is { Length: > 0 } given)
        {
            return File.Exists(Path.Combine(given, "host.json"))
                ? given
                : throw new InvalidOperationException($"REPORTING_FUNCTIONAPP_PACKAGE is {given}, which has no host.json: run infra/publish.sh first.");
        }

        var target = Path.Combine(_scratch, "functionapp");
        var start = new ProcessStartInfo("bash") { ArgumentList = { Path.Combine(RepositoryLayout.Root, "infra", "publish.sh"), target, "--no-zip" }, RedirectStandardOutput = true, RedirectStandardError = true };
        using var publish = System.Diagnostics.Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var error = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        return publish.ExitCode == 0 ? target : throw new InvalidOperationException($"infra/publish.sh failed:\n{await output}\n{await error}");
    }

    private async Task UploadSampleDataAsync()
    {
        foreach (var container in SampleDataSet.Files().GroupBy(f => f.Container))
        {
            var files = new List<(string, string)>();
            foreach (var file in container)
            {
                var path = Path.Combine(_scratch, "upload", container.Key, file.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, file.Content);
                files.Add((file.Name, path));
            }

            await JavaScriptBlobUploader.UploadAsync(Azurite.ConnectionString, container.Key, files);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class FunctionAppCollection : ICollectionFixture<FunctionAppFixture>
{
    public const string Name = "Function app package on Azurite";
}
