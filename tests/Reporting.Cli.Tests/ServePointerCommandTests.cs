namespace Reporting.Cli.Tests;

public sealed class ServePointerCommandTests
{
    [Fact]
    public async Task Serve_WithItsOldOptions_SaysWhereServeIsNowAndExitsTwo()
    {
        var outcome = await Cli.RunAsync(AppContext.BaseDirectory, "serve", "--sample", "--port", "7072");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("dotnet run --project src/Reporting.Serve -- --sample", outcome.Error);
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "Reporting.Functions.dll")), "the command line's output holds the function app");
    }
}
