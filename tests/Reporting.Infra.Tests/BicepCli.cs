using System.Diagnostics;
using System.Reflection;
using Reporting.Testing;

namespace Reporting.Infra.Tests;

/// <summary>
/// The bicep CLI restored from NuGet (<c>Azure.Bicep.CommandLine.linux-x64</c>), run on the
/// repository's templates. Its path is written into this assembly at build.
/// </summary>
internal static class BicepCli
{
    /// <summary>infra/main.bicep, the template <c>azd up</c> and <c>az deployment group create</c> deploy.</summary>
    public static string MainTemplate { get; } = Path.Combine(RepositoryLayout.Root, "infra", "main.bicep");

    private static string Executable { get; } = Locate();

    /// <summary>Runs bicep with <paramref name="arguments"/>; its exit code, standard output and standard error.</summary>
    public static (int ExitCode, string Output, string Errors) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryLayout.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No update checks or telemetry from a test run.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} took over two minutes.");
        }

        return (process.ExitCode, output.Result, errors.Result);
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value
            ?? throw new InvalidOperationException("The build did not record where the bicep CLI was restored.");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The bicep CLI is not at {path}: restore tests/Reporting.Infra.Tests (dotnet restore) to download Azure.Bicep.CommandLine.linux-x64.", path);
        }

        // A package extracted without its execute bit (some NuGet clients drop it) still runs.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        }

        return path;
    }
}
