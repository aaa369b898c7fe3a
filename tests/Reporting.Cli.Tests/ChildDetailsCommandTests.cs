using System.Text;
using Reporting.Testing;

namespace Reporting.Cli.Tests;

/// <summary>
/// The publication-gate issue, items 4 and 5, as a person meets them: the hostile corpus
/// (<see cref="ChildDetailsCorpus"/>) put into the sample store, then <c>validate</c> of each file and
/// <c>run</c>; neither the console nor any published file (PDF as pdftotext reads it, HTML, JSON,
/// CSV) holds an id or date of birth of the inputs. A commentary with a child's details is an error
/// for <c>validate</c> and withholds the <c>run</c>.
/// </summary>
public sealed class ChildDetailsCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reporting-cli-details-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Quarter => Path.Combine(_directory, "store", "metrics", "933", "2017-18-Q2");

    private string Reports => Path.Combine(_directory, "store", "reports");

    [Fact]
    public async Task ValidateAndRun_HostileCorpus_NeitherTheConsoleNorAnyPublishedFileHoldsAnInputsIdOrDateOfBirth()
    {
        var first = await Cli.RunAsync(_directory, "run", "--sample");
        Assert.True(first.ExitCode == 0, first.ToString());
        var clean = PublishedText();
        var details = new HashSet<string>(StringComparer.Ordinal);
        var console = new StringBuilder();
        foreach (var file in ChildDetailsCorpus.Cases.Select(c => c.File).Distinct())
        {
            var path = Path.Combine(Quarter, file);
            var original = await File.ReadAllTextAsync(path);
            details.UnionWith(ChildDetailsCorpus.Details(file, original));
            await File.WriteAllTextAsync(path, ChildDetailsCorpus.Cases.Where(c => c.File == file).Aggregate(original, (text, c) => ChildDetailsCorpus.Make(c.Case, text)));
            var validated = await Cli.RunAsync(_directory, "validate", path);
            Assert.True(validated.ExitCode == 1, validated.ToString());
            console.Append(validated.Output).Append(validated.Error);
        }

        details.ExceptWith(ChildDetailsCorpus.Leaks(clean, details));
        var run = await Cli.RunAsync(_directory, "run", "--sample", "--force", "--publish-with-errors");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Published:", run.Output);
        Assert.Contains("looks like a child's identifier", console.ToString());
        Assert.True(details.Count > 1_000, $"{details.Count} ids and dates of birth to look for");
        Assert.Empty(ChildDetailsCorpus.Leaks(console.Append(run.Output).Append(run.Error).ToString(), details));
        Assert.Empty(ChildDetailsCorpus.Leaks(PublishedText(), details));
    }

    [Fact]
    public async Task ValidateAndRun_CommentaryWithAChildsDetails_ValidateErrsAndTheRunIsWithheldSayingNoneOfThem()
    {
        await Cli.RunAsync(_directory, "sample-data", "--out", "store");
        var commentary = Path.Combine(Quarter, "commentary.md");
        await File.AppendAllTextAsync(commentary, ChildDetailsCorpus.CommentaryLine + "\n");
        var line = (await File.ReadAllTextAsync(commentary)).Count(c => c == '\n');

        var validated = await Cli.RunAsync(_directory, "validate", commentary);
        var run = await Cli.RunAsync(_directory, "run", "--sample", "--publish-with-errors");

        Assert.True(validated.ExitCode == 1, validated.ToString());
        Assert.Contains($"row {line}", validated.Output);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Not published", run.Error);
        Assert.False(Directory.Exists(Reports) && Directory.EnumerateFiles(Reports, "*.pdf", SearchOption.AllDirectories).Any(), "a review was published");
        Assert.Empty(ChildDetailsCorpus.Leaks(validated.Output + validated.Error + run.Output + run.Error, ChildDetailsCorpus.CommentaryDetails.ToHashSet()));
    }

    /// <summary>Every file under reports/: PDFs through pdftotext, the rest (HTML, JSON, CSV) as UTF-8.</summary>
    private string PublishedText()
    {
        var text = new StringBuilder();
        foreach (var path in Directory.EnumerateFiles(Reports, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            text.Append(path.EndsWith(".pdf", StringComparison.Ordinal) ? Cli.PdfText(path) : File.ReadAllText(path)).Append('\n');
        }

        return text.ToString();
    }
}
