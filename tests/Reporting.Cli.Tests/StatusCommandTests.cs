using System.Text.RegularExpressions;

namespace Reporting.Cli.Tests;

public sealed class StatusCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reporting-cli-status-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Status_AfterACorrectedUpload_SaysOutOfDateAndWhatChanged()
    {
        await Cli.RunAsync(_directory, "run", "--sample", "--audience", "dfe");
        var current = await Cli.RunAsync(_directory, "status", "--council", "933", "--period", "2017-18-Q2");
        var measures = Path.Combine(_directory, "store", "metrics", "933", "2017-18-Q2", "measures.csv");
        await File.AppendAllTextAsync(measures, "early-help-assessments,,611,,,\n");

        var outOfDate = await Cli.RunAsync(_directory, "status", "--council", "933", "--period", "2017-18-Q2");

        Assert.Equal(0, current.ExitCode);
        Assert.Contains("published by run", current.Output);
        Assert.Contains("it matches its inputs", current.Output);
        Assert.Equal(0, outOfDate.ExitCode);
        var text = Regex.Replace(outOfDate.Output, @"\s+", " ");
        Assert.Contains("2017/18 Q2: out-of-date", text);
        Assert.Contains("2017-18-Q2/measures.csv was uploaded again with other content", text);
    }
}
