namespace Reporting.Cli.Tests;

[Trait("Lane", "Process")]
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reporting-validate-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Validate_BrokenMeasuresFile_ListsEachProblemWithRowAndColumnAndExitsOne()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "2016-17-Q2")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "measures.csv"), """
            indicator,period,value,numerator,denominator
            sw-caseload-avg,,14.2,,
            sw-caseload-avgg,,14.2,,
            referrals,2016-17-Q3,12,,
            missing-rhi-held-pct,,52.0,120,250

            """);

        var outcome = await Cli.RunAsync(_directory, "validate", Path.Combine("2016-17-Q2", "measures.csv"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("row 3, column indicator", outcome.Output);
        Assert.Contains("did you mean 'sw-caseload-avg'", outcome.Output);
        Assert.Contains("row 4, column period", outcome.Output);
        Assert.Contains("row 5, column value", outcome.Output);
        Assert.Contains("3 error(s)", outcome.Output);
    }

    [Fact]
    public async Task Validate_NulBytesAndQuotedNewlines_AreShownAsEscapesNeverRaw()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "2016-17-Q2")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "measures.csv"), "indicator,period,value\nreferrals,,\"12\0\0\"\nreferrals,2016-17-Q1,\"1\n2\"\n");

        var outcome = await Cli.RunAsync(_directory, "validate", Path.Combine("2016-17-Q2", "measures.csv"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.DoesNotContain('\0', outcome.Output + outcome.Error);
        Assert.Contains("u0000", outcome.Output); // "12\u0000\u0000", perhaps wrapped in its column
        Assert.Contains("1\\n2", outcome.Output);
        Assert.Contains("2 error(s)", outcome.Output);
    }

    [Fact]
    public async Task Validate_AudienceDefinition_IsCheckedLikeARunReadsIt()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "audiences")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "board.json"), """{"id":"board","title":null,"readers":"Board","marking":"OFFICIAL","sections":["Cover"]}""");
        await File.WriteAllTextAsync(Path.Combine(folder, "scrutiny.json"), """{"id":"scrutiny","title":"Scrutiny","readers":"Committee","marking":"OFFICIAL","sections":["Cover"]}""");

        var bad = await Cli.RunAsync(_directory, "validate", Path.Combine("audiences", "board.json"));
        var good = await Cli.RunAsync(_directory, "validate", Path.Combine("audiences", "scrutiny.json"));

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("title", bad.Output);
        Assert.True(good.ExitCode == 0, good.ToString());
    }

    [Fact]
    public async Task Validate_SampleFiles_AreClean()
    {
        await Cli.RunAsync(_directory, "sample-data", "--out", "sample");
        var quarter = Path.Combine("sample", "metrics", "933", "2017-18-Q2");

        var outcome = await Cli.RunAsync(_directory, "validate", Path.Combine(quarter, "measures.csv"), Path.Combine(quarter, "commentary.md"), Path.Combine("sample", "metrics", "933", "config", "targets.csv"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(3, outcome.Output.Split("OK: 0 error(s)").Length - 1);
    }

    [Fact]
    public async Task Validate_EpisodesUnderTheirExportName_AreRecognisedByTheHeaderRowAndChecked()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "SSDA903_Episodes_2017.csv"), "CHILD,DECOM,RNE,LS,PLACE,DEC\n1001,31/02/2016,S,C2,U1,\n");

        var outcome = await Cli.RunAsync(_directory, "validate", "--period", "2016-17-Q2", "SSDA903_Episodes_2017.csv");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("read as ssda903/episodes.csv by its content", outcome.Output);
        Assert.Contains("row 2, column DECOM", outcome.Output);
    }

    [Fact]
    public async Task Validate_MissingFile_SaysSo()
    {
        var outcome = await Cli.RunAsync(_directory, "validate", "nope.csv");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("no such file", outcome.Error);
    }
}
