using System.CommandLine;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting serve</c>, kept only to say where serve went: the pages and the API are served by
/// their own program (src/Reporting.Serve), so the command line needs no function app.
/// </summary>
internal static class ServePointerCommand
{
    public const string Instead = "dotnet run --project src/Reporting.Serve -- --sample";

    public static Command Create()
    {
        var command = new Command("serve", $"Moved to its own program: start the pages and the API with `{Instead}` (options --sample, --store DIR, --port N as before).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(_ =>
        {
            Terminal.Fail($"serve is its own program now: run `{Instead}` (or reporting-serve), with the same options.");
            return ExitCodes.Usage;
        });
        return command;
    }
}
