using Reporting.Domain.Councils;
using Reporting.SampleData;
using Reporting.Storage.Folder;

namespace Reporting.Cli.Tests;

/// <summary><c>run --council all|800-952|886,933</c>: many councils in one invocation.</summary>
[Trait("Lane", "Process")]
public sealed class BatchRunCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reporting-cli-batch-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Run_ListWithACouncilThatUploadedNothing_PublishesTheOthersReportsItAndExitsOne()
    {
        var store = new FolderStore(Path.Combine(_directory, "store"));
        await SampleDataSet.WriteAsync(store, CouncilCode.From(886));
        await SampleDataSet.WriteAsync(store);

        var outcome = await Cli.RunAsync(_directory, "run", "--council", "886,933,999", "--period", "2017-18-Q2", "--audience", "dfe");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Matches(@"886\W+published", outcome.Output);
        Assert.Matches(@"933\W+published", outcome.Output);
        Assert.Matches(@"999\W+failed.+No files have been uploaded for council 999", outcome.Output);
        Assert.Contains("2 published, 0 unchanged, 1 failed", outcome.Output);
        foreach (var council in (string[])["886", "933"])
        {
            Assert.Single(Directory.GetFiles(Path.Combine(_directory, "store", "reports", council, "2017-18-Q2"), "dfe-review.pdf", SearchOption.AllDirectories));
        }
    }

    [Fact]
    public async Task Run_RangeAgainWithNothingChanged_SaysUnchangedAndExitsZero()
    {
        await SampleDataSet.WriteAsync(new FolderStore(Path.Combine(_directory, "store")));
        string[] arguments = ["run", "--council", "900-952", "--period", "2017-18-Q2", "--audience", "dfe"];
        await Cli.RunAsync(_directory, arguments);

        var again = await Cli.RunAsync(_directory, arguments);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Running 1 council(s)", again.Output);
        Assert.Matches(@"933\W+unchanged", again.Output);
    }

    [Theory]
    [InlineData("952-800")]
    [InlineData("886;933")]
    public async Task Run_NotACouncilSelection_IsAUsageErrorThatSaysWhatToWrite(string council)
    {
        var outcome = await Cli.RunAsync(_directory, "run", "--council", council);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("a range such as 800-952", outcome.Error);
    }
}
