using System.Text;
using Reporting.Testing;

namespace Reporting.Cli.Tests;

/// <summary><c>validate</c> on hostile census XML: a finding that says what is wrong, never a long burn or "line 0, position 0".</summary>
[Trait("Lane", "Process")]
public sealed class ValidateCensusXmlTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reporting-cli-xml-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<ProcessOutcome> ValidateAsync(string name, string content)
    {
        Directory.CreateDirectory(Path.Combine(_directory, "2016-17-Q2"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "2016-17-Q2", name), content);
        return await Cli.RunAsync(_directory, "validate", Path.Combine("2016-17-Q2", name));
    }

    [Fact]
    public async Task Validate_Census150000ElementsDeep_EndsWithAnErrorNamingTheNesting()
    {
        var deep = new StringBuilder("<Message><Children><Child>").Insert(26, "<x>", 150_000).ToString();

        var outcome = await ValidateAsync("cin.xml", deep);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("nested more than 32 deep", outcome.ToString());
        Assert.Contains("/Message/Children/Child/x/x", outcome.ToString());
    }

    [Theory]
    [InlineData("cin.xml", "", "The file is empty")]
    [InlineData("csww.xml", "<!DOCTYPE Message [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><Message>&b;</Message>", "declares a DTD")]
    public async Task Validate_EmptyOrEntityXml_SaysWhatItIs(string name, string content, string expected)
    {
        var outcome = await ValidateAsync(name, content);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(expected, outcome.ToString());
        Assert.DoesNotContain("line 0, position 0", outcome.ToString());
    }
}
