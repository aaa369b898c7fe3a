using System.Text;
using Reporting.Domain.Findings;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Storage;
using Reporting.Rendering;
using Reporting.SampleData;
using Reporting.Storage.Folder;
using Reporting.Testing;

namespace Reporting.Pipeline.Tests.Hostile;

/// <summary>
/// The publication-gate issue, items 4 and 5, through whole runs over the folder store: the hostile
/// corpus (<see cref="ChildDetailsCorpus"/>: shifted columns in each record file, ids and dates of
/// birth in code columns) uploaded at once, and every published file read back (the PDFs as
/// pdftotext reads them) and searched for the inputs' ids and dates of birth; the commentary with a
/// child's details withholds the run.
/// </summary>
public sealed class ChildDetailsStoreRunTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reporting-child-details-").FullName;
    private readonly FolderStore _store;

    public ChildDetailsStoreRunTests()
    {
        _store = new FolderStore(_root);
        SampleDataSet.WriteAsync(_store).GetAwaiter().GetResult();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ReportRun Run() => new(_store, new PdfReportRenderer(), RecordSources.All);

    private static RunRequest Request() => new(SampleDataSet.Council, SampleArc.Latest, [], PublishWithErrors: true);

    [Fact]
    public async Task RunAsync_HostileCorpus_NoPublishedFileHoldsAnInputsIdOrDateOfBirth()
    {
        var clean = await PublishedText(await Run().RunAsync(Request()));
        var details = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in ChildDetailsCorpus.Cases.Select(c => c.File).Distinct())
        {
            var original = SampleQuarter.Text(file);
            details.UnionWith(ChildDetailsCorpus.Details(file, original));
            var hostile = ChildDetailsCorpus.Cases.Where(c => c.File == file).Aggregate(original, (text, c) => ChildDetailsCorpus.Make(c.Case, text));
            await Upload($"{SampleArc.Latest}/{file}", hostile);
        }

        // A date the untouched sample publishes anyway (a quarter's end, say) is no sign of a leak.
        details.ExceptWith(ChildDetailsCorpus.Leaks(clean, details));
        var result = await Run().RunAsync(Request());

        Assert.Equal(RunOutcome.Published, result.Outcome);
        Assert.True(details.Count > 1_000, $"{details.Count} ids and dates of birth to look for");
        Assert.Contains(result.Findings, f => f.Rule.Contains("the value looks like a child's identifier", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Rule.Contains("the value looks like a date that could be a date of birth", StringComparison.Ordinal));
        Assert.Empty(ChildDetailsCorpus.Leaks(await PublishedText(result) + result.Message + string.Join("\n", result.Findings), details));
    }

    [Fact]
    public async Task RunAsync_CommentaryWithAChildsDetails_IsWithheldEvenWhenAskedToPublishWithErrors()
    {
        var commentary = SampleQuarter.Text("commentary.md") + ChildDetailsCorpus.CommentaryLine + "\n";
        await Upload($"{SampleArc.Latest}/commentary.md", commentary);

        var result = await Run().RunAsync(Request());

        Assert.Equal(RunOutcome.Withheld, result.Outcome);
        Assert.Contains("child's identifier, date of birth or postcode", result.Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.Severity == Severity.Error && f.File.EndsWith("commentary.md", StringComparison.Ordinal) && f.Row == commentary.Count(c => c == '\n'));
        Assert.DoesNotContain(await _store.ListAsync(StoreLayout.ReportsContainer, string.Empty), o => o.Name.EndsWith(".pdf", StringComparison.Ordinal) || o.Name.EndsWith(StoreLayout.ManifestFile, StringComparison.Ordinal));
        Assert.Empty(ChildDetailsCorpus.Leaks(result.Message + string.Join("\n", result.Findings), ChildDetailsCorpus.CommentaryDetails.ToHashSet()));
    }

    /// <summary>Every file the run's manifest lists, as text: PDFs through pdftotext, the rest as UTF-8.</summary>
    private async Task<string> PublishedText(RunResult result)
    {
        Assert.NotNull(result.Manifest);
        using var tools = new PdfTools();
        var text = new StringBuilder();
        foreach (var output in result.Manifest.Outputs)
        {
            var content = (await _store.GetAsync(StoreLayout.ReportsContainer, output.Path))!.Content;
            text.Append(output.File.EndsWith(".pdf", StringComparison.Ordinal) ? tools.Text(tools.Save(content, output.File)) : Encoding.UTF8.GetString(content)).Append('\n');
        }

        return text.ToString();
    }

    private Task Upload(string name, string text) =>
        _store.PutAsync(StoreLayout.MetricsContainer, $"{SampleDataSet.Council}/{name}", Encoding.UTF8.GetBytes(text), WriteCondition.None, "application/octet-stream");
}
