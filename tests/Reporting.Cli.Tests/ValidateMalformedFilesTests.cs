using System.Text;

namespace Reporting.Cli.Tests;

/// <summary>
/// The hardening issue's malformed files that <c>validate</c> passed with exit code 0 and no finding:
/// each now gives its finding, and the exit code a lead would expect (1 for an error; 0 for what is
/// read after a warning).
/// </summary>
[Trait("Lane", "Process")]
public sealed class ValidateMalformedFilesTests : IDisposable
{
    private const string Episodes = "CHILD,DECOM,RNE,LS,PLACE,DEC\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("reporting-malformed-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, string, int, string> Cases() => new()
    {
        { "episodes.csv", Episodes + "LA090001,01/04/2016,S,C2,U1,,9\n", 1, "7 cells; the header has 6 columns" },
        { "measures.csv", "indicator,period,value\nreferrals,,12,9\n", 0, "the cells past column 3 are ignored" },
        { "episodes.csv", Episodes + "LA090001,01/04/2016,S,C2,U1,\nLA090002,01/05/2016,S", 1, "no cell for LS, PLACE, DEC" },
        { "postcodes.csv", "postcode,easting,northing\nCM1 1AA,570000,207000\nCM1 1AA,580000,217000\n", 1, "with a different grid reference" },
        { "postcodes.csv", "postcode,easting,northing\n", 1, "header row but no records" },
        { "episodes.csv", Episodes + "LA090001,01/01/0001,S,C2,U1,\n", 1, "DECOM is not a plausible date" },
        { "episodes.csv", Episodes + "LA090001,01/01/1900,S,C2,U1,\n", 1, "DECOM is not a plausible date" },
        { "episodes.csv", Episodes + "LA090001,31/12/9999,S,C2,U1,\n", 1, "DECOM is not a plausible date" },
        { "targets.csv", "indicator,target\nsw-caseload-avg,-3\n", 1, "target is out of range: it must be at least 0" },
        { "council.txt", "Sample\u0007 County Council\n", 0, "invisible control characters, first on line 1: they are removed" },
        { "commentary.md", "## Priority 1\n\nCaseloads \u202Efell.\n", 0, "U+202E" },
        { Path.Combine("audiences", "qa.json"), "{\"id\":\"qa\",\"title\":\"QA\",\"readers\":\"QA\",\"marking\":\"OFFICIAL\",\n\"id\":\"dfe\",\"sections\":[\"Cover\"]}", 1, "row 2" },
        { Path.Combine("audiences", "qa.json"), "{\"id\":\"dfe\",\"title\":\"QA\",\"readers\":\"QA\",\"marking\":\"OFFICIAL\",\"sections\":[\"Cover\"]}", 1, "cannot replace the built-in dfe document" },
        { Path.Combine("audiences", "dfe.json"), "{\"id\":\"dfe\",\"title\":\"QA\",\"readers\":\"QA\",\"marking\":\"OFFICIAL\",\"sections\":[\"Cover\"]}", 1, "cannot replace the built-in dfe document" },
        { Path.Combine("audiences", "board.json"), "{\"id\":\"board\",\"title\":\"B\",\"readers\":\"B\",\"marking\":\"OFFICIAL\",\"sections\":[99]}", 1, "A section is not one a document has" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Validate_MalformedFile_GivesItsFindingAndExitCode(string name, string content, int exitCode, string expected)
    {
        var path = Path.Combine(_directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, content);

        var outcome = await Cli.RunAsync(_directory, "validate", "--period", "2016-17-Q2", name);

        Assert.True(outcome.ExitCode == exitCode, outcome.ToString());
        Assert.Contains(expected, outcome.Output);
        Assert.Contains(exitCode == 0 ? "OK: 0 error(s), 1 warning(s)" : "NOT OK", outcome.Output);
    }

    [Fact]
    public async Task Validate_CinWith210000AttributesOnOneElement_IsRefusedAtOnce()
    {
        var census = new StringBuilder("<Message><Children><Child");
        for (var i = 0; i < 210_000; i++)
        {
            census.Append(" a").Append(i).Append("=\"1\"");
        }

        await File.WriteAllTextAsync(Path.Combine(_directory, "cin.xml"), census.Append("/></Children></Message>").ToString());

        var outcome = await Cli.RunAsync(_directory, "validate", "--period", "2016-17-Q2", "cin.xml");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains("more than 100 attributes", outcome.Output);
    }
}
