using Reporting.Testing;

namespace Reporting.Cli.Tests;

/// <summary>The built command line (reporting.dll, copied beside the tests), run as a person runs it.</summary>
internal static class Cli
{
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "reporting.dll");

    public static Task<ProcessOutcome> RunAsync(string workingDirectory, params string[] arguments) =>
        ExternalProcess.RunAsync("dotnet", [Assembly, .. arguments], workingDirectory);

    public static string PdfText(string path)
    {
        using var tools = new PdfTools();
        return tools.Text(path);
    }
}
