using System.Diagnostics;

namespace Reporting.Functions.Tests.Process;

/// <summary>A misconfigured function app: the handler exits at once with a message saying which setting to fix.</summary>
[Collection(FunctionAppCollection.Name)]
public sealed class HandlerStartupTests(FunctionAppFixture app)
{
    private async Task<(int ExitCode, string Error)> StartAsync(params (string Name, string? Value)[] environment)
    {
        var start = new ProcessStartInfo(Path.Combine(app.PackageRoot, "handler", "reporting-handler"))
        {
            WorkingDirectory = app.PackageRoot,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var name in new[] { "FUNCTIONS_CUSTOMHANDLER_PORT", "AzureWebJobsStorage", "ReportingStorage" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await error);
    }

    [Fact]
    public async Task Start_NoPortFromTheHost_ExitsSayingWhatTheSettingIs()
    {
        var (exitCode, error) = await StartAsync(("AzureWebJobsStorage", "UseDevelopmentStorage=true"));

        Assert.Equal(2, exitCode);
        Assert.Contains("FUNCTIONS_CUSTOMHANDLER_PORT", error);
    }

    [Fact]
    public async Task Start_NoStorageConfigured_ExitsNamingTheSettingsToSet()
    {
        var (exitCode, error) = await StartAsync(("FUNCTIONS_CUSTOMHANDLER_PORT", "7999"));

        Assert.Equal(2, exitCode);
        Assert.Contains("ReportingStorage", error);
        Assert.Contains("AzureWebJobsStorage", error);
    }

    [Fact]
    public async Task Start_BrokenConnectionString_ExitsSayingWhatIsMissing()
    {
        var (exitCode, error) = await StartAsync(("FUNCTIONS_CUSTOMHANDLER_PORT", "7999"), ("ReportingStorage", "AccountName=streporting"));

        Assert.Equal(2, exitCode);
        Assert.Contains("AccountKey is missing", error);
    }

    [Fact]
    public async Task Start_RequireAppRolesNeitherTrueNorFalse_ExitsNamingTheSetting()
    {
        var (exitCode, error) = await StartAsync(("FUNCTIONS_CUSTOMHANDLER_PORT", "7999"), ("AzureWebJobsStorage", "UseDevelopmentStorage=true"), ("Reporting__RequireAppRoles", "yes"));

        Assert.Equal(2, exitCode);
        Assert.Contains("Reporting__RequireAppRoles is 'yes'", error);
    }
}
