using System.ComponentModel;
using System.Diagnostics;

namespace Reporting.Testing;

/// <summary>What a finished process printed and returned.</summary>
public sealed record ProcessOutcome(int ExitCode, string Output, string Error)
{
    /// <summary>Both streams, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>
/// Runs a real program (the CLI, pdftotext, qpdf ...) to completion with a time limit. A program
/// that is not installed fails the test with the package to install, not a bare Win32Exception.
/// </summary>
public static class ExternalProcess
{
    public static async Task<ProcessOutcome> RunAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null, string? installHint = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"{program} is not installed ({exception.Message}). {installHint ?? "Install it"}; ./test.sh installs what the tests need.", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {(timeout ?? TimeSpan.FromMinutes(2)).TotalSeconds} s.");
            }

            return new ProcessOutcome(process.ExitCode, await output, await error);
        }
    }
}
