using System.Text.RegularExpressions;
using Reporting.Domain.Periods;

namespace Reporting.Cli.Tests;

[Trait("Lane", "Process")]
public sealed class RunCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reporting-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task RunSample_InAnEmptyFolder_PublishesDfeAndEssexPdfsWithTheHeadlineFigures()
    {
        var outcome = await Cli.RunAsync(_directory, "run", "--sample");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("Seeded", outcome.Output);
        var published = Directory.GetFiles(Path.Combine(_directory, "store", "reports", "933", "2017-18-Q2"), "*-review.pdf", SearchOption.AllDirectories);
        Assert.Equal(["cabinet-review.pdf", "dfe-review.pdf", "essex-review.pdf"], published.Select(Path.GetFileName).Order());
        var dataQuality = new FileInfo(Path.Combine(Path.GetDirectoryName(published[0])!, "data-quality.json"));
        Assert.True(dataQuality.Length < 1024, "the sample's data-quality.json is under 1 KB");
        Assert.Matches($@"data-quality\.json\W+{dataQuality.Length} bytes", outcome.Output);

        var dfe = Regex.Replace(Cli.PdfText(published.Single(p => p.EndsWith("dfe-review.pdf", StringComparison.Ordinal))), @"\s+", " ");
        Assert.Contains("2017/18 Q2 (July to September 2017)", dfe);
        // The sample arc's latest quarter (mission.md): caseload 14.2 against a target of 15,
        // permanent social workers 80.0% against 90.0% (red: beyond the 10% tolerance), return home
        // interviews 52.0% against the trajectory's 53% for the quarter (amber).
        Assert.Matches(@"Average caseload per social worker.{0,80}14\.2.{0,40}15\.0", dfe);
        Assert.Matches(@"Permanent social workers.{0,60}80\.0%.{0,40}90\.0%.{0,10}Red", dfe);
        Assert.Matches(@"Return home interviews held.{0,60}52\.0%.{0,40}53\.0%.{0,10}Amber", dfe);
        Assert.Contains("OFFICIAL-SENSITIVE", dfe);
    }

    [Fact]
    public async Task RunSample_Twice_SecondRunSaysNothingChanged()
    {
        await Cli.RunAsync(_directory, "run", "--sample", "--audience", "dfe");

        var again = await Cli.RunAsync(_directory, "run", "--sample", "--audience", "dfe");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Nothing changed", again.Output);
    }

    [Theory]
    [InlineData("--council", "93", "three digits")]
    [InlineData("--period", "2016-Q2", "yyyy-yy-Qn")]
    public async Task Run_BadCouncilOrPeriod_IsAUsageErrorThatSaysWhatToWrite(string option, string value, string hint)
    {
        string[] arguments = option == "--council" ? ["run", "--council", value] : ["run", "--council", "933", "--period", value];

        var outcome = await Cli.RunAsync(_directory, arguments);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(hint, outcome.Error);
    }

    [Fact]
    public async Task Run_QuarterWithNoFiles_FailsSayingWhereTheyWereExpected()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "empty"));

        var outcome = await Cli.RunAsync(_directory, "run", "--council", "933", "--period", "2016-17-Q2", "--store", "empty");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("metrics/933/2016-17-Q2/", outcome.Error);
    }

    [Fact]
    public async Task Run_StoreThatDoesNotExist_IsAUsageErrorAndNoFolderIsCreated()
    {
        var outcome = await Cli.RunAsync(_directory, "run", "--council", "933", "--period", "2016-17-Q2", "--store", "nowhere");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no such folder", outcome.Error);
        Assert.False(Directory.Exists(Path.Combine(_directory, "nowhere")));
    }

    [Fact]
    public async Task Run_AudiencesSeparatedByCommas_AreEachProducedAndARerunSaysAlreadyPublished()
    {
        var outcome = await Cli.RunAsync(_directory, "run", "--sample", "--audience", "dfe,cabinet");
        var again = await Cli.RunAsync(_directory, "run", "--sample", "--audience", "dfe,cabinet");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("dfe-review.pdf", outcome.Output);
        Assert.Contains("cabinet-review.pdf", outcome.Output);
        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain("Published:", again.Output);
        Assert.Contains("Already published", again.Output);
    }

    [Fact]
    public async Task Run_CorruptedReupload_IsWithheldWithItsFindingsUntilPublishWithErrors()
    {
        await Cli.RunAsync(_directory, "run", "--sample", "--audience", "dfe");
        var quarter = Path.Combine(_directory, "store", "metrics", "933", "2017-18-Q2");
        await File.WriteAllTextAsync(Path.Combine(quarter, "vacancies.csv"), "team,vacancy_fte,agency_cover_fte\n");
        var measures = (await File.ReadAllLinesAsync(Path.Combine(quarter, "measures.csv"))).Where(line => !line.StartsWith("sw-vacancy-rate,,", StringComparison.Ordinal));
        await File.WriteAllLinesAsync(Path.Combine(quarter, "measures.csv"), measures);

        var withheld = await Cli.RunAsync(_directory, "run", "--sample", "--audience", "dfe", "--force");
        var published = await Cli.RunAsync(_directory, "run", "--sample", "--audience", "dfe", "--publish-with-errors");

        Assert.Equal(1, withheld.ExitCode);
        Assert.Contains("Not published", withheld.Error);
        Assert.Contains("--publish-with-errors", withheld.Error);
        Assert.Contains("vacancies.csv", withheld.Output);
        Assert.Contains("Published:", published.Output);
    }

    [Fact]
    public async Task Run_TruncatedWorkforceReupload_ExitsOneListingEachHeldBackFigure()
    {
        await Cli.RunAsync(_directory, "run", "--sample", "--audience", "dfe");
        var workforce = Path.Combine(_directory, "store", "metrics", "933", "2017-18-Q2", "workforce.csv");
        var text = await File.ReadAllTextAsync(workforce);
        await File.WriteAllTextAsync(workforce, text[..(text.Length / 2)]);

        var withheld = await Cli.RunAsync(_directory, "run", "--sample", "--audience", "dfe");

        var message = Regex.Replace(withheld.Error, @"\s+", " ");
        Assert.Equal(1, withheld.ExitCode);
        Assert.Contains("Figures held back", withheld.Output);
        Assert.Contains("sw-turnover-rate 13.9% → 0.0%", message);
        Assert.Contains("sw-agency-rate 20.0% → 36.0%", message);
        Assert.Contains("sw-vacancy-rate 14.8% → 28.1%", message);
    }

    [Fact]
    public async Task Run_IncompleteQuarter_WithheldUntilPublishIncompleteAndAFutureQuarterIsRefused()
    {
        await Cli.RunAsync(_directory, "sample-data", "--out", "store");
        var quarter = Directory.CreateDirectory(Path.Combine(_directory, "store", "metrics", "933", "2018-19-Q1")).FullName;
        File.Copy(Path.Combine(_directory, "store", "metrics", "933", "2017-18-Q2", "vacancies.csv"), Path.Combine(quarter, "vacancies.csv"));
        var future = FinancialQuarter.Containing(DateOnly.FromDateTime(DateTime.UtcNow)).ToString();

        var incomplete = await Cli.RunAsync(_directory, "run", "--store", "store", "--council", "933", "--period", "2018-19-Q1");
        var confirmed = await Cli.RunAsync(_directory, "run", "--store", "store", "--council", "933", "--period", "2018-19-Q1", "--publish-incomplete");
        var refused = await Cli.RunAsync(_directory, "run", "--store", "store", "--council", "933", "--period", future);

        Assert.Equal(1, incomplete.ExitCode);
        Assert.Contains("is incomplete", incomplete.Error);
        Assert.Contains("commentary.md", incomplete.Error);
        Assert.Contains("--publish-incomplete", Regex.Replace(incomplete.Error, @"\s+", " "));
        Assert.Contains("Published:", confirmed.Output);
        Assert.Contains("Published incomplete, as confirmed", Regex.Replace(confirmed.Output, @"\s+", " "));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("has not ended", refused.Error);
    }

    [Fact]
    public async Task Run_StoreIsAFile_ClearMessageAndNoStackTrace()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "a-file"), "not a folder");

        var outcome = await Cli.RunAsync(_directory, "run", "--sample", "--store", "a-file");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("a-file", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error + outcome.Output);
    }

    [Fact]
    public async Task Help_ListsTheCommandsAndUnknownOptionIsAUsageError()
    {
        var help = await Cli.RunAsync(_directory, "--help");
        var wrong = await Cli.RunAsync(_directory, "run", "--colour", "blue");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("run", help.Output);
        Assert.Contains("validate", help.Output);
        Assert.Contains("sample-data", help.Output);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--help", wrong.Output + wrong.Error);
    }
}
