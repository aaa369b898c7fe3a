using System.Text;
using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.MetricFiles.LookedAfter;
using Reporting.Pipeline.Publishing;
using Reporting.Pipeline.Storage;
using Reporting.Rendering;
using Reporting.SampleData;
using Reporting.Storage.Folder;

namespace Reporting.Pipeline.Tests.Hostile;

/// <summary>Issue 13 through whole runs over the folder store, with the real PDF renderer and the sample data.</summary>
public sealed class StoreRunTests : IDisposable
{
    private static readonly CouncilCode Council = SampleDataSet.Council;
    private static readonly FinancialQuarter Latest = SampleArc.Latest;

    private readonly string _root = Directory.CreateTempSubdirectory("reporting-hostile-").FullName;
    private readonly FolderStore _store;

    public StoreRunTests()
    {
        _store = new FolderStore(_root);
        SampleDataSet.WriteAsync(_store).GetAwaiter().GetResult();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ReportRun Run() => new(_store, new PdfReportRenderer(), RecordSources.All);

    /// <summary>A run that publishes each review as HTML too, as every door's run does (a stand-in page: what matters here is the manifest).</summary>
    private ReportRun RunWithHtml() => new(_store, new PdfReportRenderer(), RecordSources.All, htmlRenderer: new PageStandIn());

    private static RunRequest Request(bool force = false, params string[] audiences) => new(Council, Latest, audiences, force);

    public static TheoryData<string, string> BadAudiences => new()
    {
        { "null field", """{"id":"board","title":null,"readers":"Board","marking":"OFFICIAL","sections":["Cover"]}""" },
        { "numeric section", """{"id":"board","title":"Board","readers":"Board","marking":"OFFICIAL","sections":[1, {"a":2}]}""" },
        { "null indicators entry", """{"id":"board","title":"Board","readers":"Board","marking":"OFFICIAL","sections":["Cover"],"indicators":[null]}""" },
        { "no sections", """{"id":"board","title":"Board","readers":"Board","marking":"OFFICIAL"}""" },
        { "not an object", """[1,2,3]""" },
    };

    [Theory]
    [MemberData(nameof(BadAudiences))]
    public async Task RunAsync_BadAudienceFile_IsAFindingAndTheOtherAudiencesArePublished(string problem, string json)
    {
        await Upload("config/audiences/board.json", json);

        var result = await Run().RunAsync(Request(false, "dfe"));

        Assert.True(result.Outcome == RunOutcome.Published, $"{problem}: {result.Message}");
        var finding = Assert.Single(result.Findings, f => f.File.EndsWith("audiences/board.json", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(finding.Rule, Assert.Single(FileCheck.Check("config/audiences/board.json", Encoding.UTF8.GetBytes(json), Latest, RecordSources.All)).Rule);
        var board = await Run().RunAsync(Request(false, "board"));
        Assert.Equal(RunOutcome.InvalidRequest, board.Outcome);
        Assert.Contains("board.json has an error", board.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AudienceWithoutIndicators_IsProducedWithEveryIndicator()
    {
        await Upload("config/audiences/board.json", """{"id":"board","title":"Board","readers":"Board","marking":"OFFICIAL","sections":["Cover","Scorecard"]}""");

        var result = await Run().RunAsync(Request(false, "board", "dfe"));

        Assert.Equal(RunOutcome.Published, result.Outcome);
        Assert.NotNull(result.Manifest!.Output("board-review.pdf"));
        Assert.Empty(FileCheck.Check("board.json", Encoding.UTF8.GetBytes("""{"id":"board","title":"Board","readers":"Board","marking":"OFFICIAL","sections":["Cover"]}"""), Latest, RecordSources.All));
    }

    [Theory]
    [InlineData("numerator", "10000000000000000000000000000")]
    [InlineData("value", "12.12345678901234567890123456789")]
    [InlineData("denominator", "0.000000000000000000000000001")]
    public async Task ValidateAndRun_OverflowingMeasure_IsAFindingOnItsRowAndTheRunPublishes(string column, string number)
    {
        var row = column switch
        {
            "numerator" => $"missing-rhi-held-pct,,,{number},250,",
            "value" => $"sw-caseload-avg,,{number},,,",
            _ => $"missing-rhi-held-pct,,,12,{number},",
        };
        var measures = SampleQuarter.Header("measures.csv") + row + "\n";

        var validated = FileCheck.Check("measures.csv", Encoding.UTF8.GetBytes(measures), Latest, RecordSources.All);
        await Upload($"{Latest}/measures.csv", measures);
        var result = await Run().RunAsync(Request(false, "dfe"));

        Assert.Contains(validated, f => f.Severity == Severity.Error && f.Row == 2 && f.Column == column);
        Assert.Equal(RunOutcome.Published, result.Outcome);
        Assert.Contains(result.Findings, f => f.Severity == Severity.Error && f.Row == 2 && f.Column == column);
    }

    private static string HostileCommentary() => new StringBuilder(SampleQuarter.Text("commentary.md"))
        .Append("\n## Risks\n\n").Append('>', 10_000).Append(" deep quote\n\n")
        .Append('w', 100_000).Append("\n\n")
        .AppendJoin("", Enumerable.Range(0, 250).Select(i => new string(' ', 2 * i) + "- nested item\n")).Append('\n')
        .AppendJoin("", Enumerable.Range(0, 100).Select(i => string.Concat(Enumerable.Repeat("> ", i)) + "- quoted item\n")).Append('\n')
        .ToString();

    [Fact]
    public async Task ValidateAndRun_HostileCommentary_ValidateWarnsAndTheRunRendersIt()
    {
        var commentary = HostileCommentary();

        var validated = FileCheck.Check("commentary.md", Encoding.UTF8.GetBytes(commentary), Latest, RecordSources.All);
        await Upload($"{Latest}/commentary.md", commentary);
        var result = await Run().RunAsync(Request(false, "essex"));

        Assert.DoesNotContain(validated, f => f.Severity == Severity.Error);
        Assert.Contains(validated, f => f.Rule.Contains("nested", StringComparison.Ordinal));
        Assert.Equal(RunOutcome.Published, result.Outcome);
    }

    [Fact]
    public async Task ValidateAndRun_HostileCommentaryWithAChildsDetails_IsAnErrorOnItsLineAndNothingIsPublished()
    {
        var commentary = HostileCommentary() + "The child (DOB 03/04/2009) lives at ZZ9 9ZZ.\n";
        var line = commentary.Count(c => c == '\n');

        var validated = FileCheck.Check("commentary.md", Encoding.UTF8.GetBytes(commentary), Latest, RecordSources.All);
        await Upload($"{Latest}/commentary.md", commentary);
        var result = await Run().RunAsync(Request(false, "essex") with { PublishWithErrors = true });

        var error = Assert.Single(validated, f => f.Severity == Severity.Error);
        Assert.Equal((line, (string?)null), (error.Row, error.Value));
        Assert.Contains("a postcode and a date of birth", error.Rule, StringComparison.Ordinal);
        Assert.Contains(validated, f => f.Rule.Contains("nested", StringComparison.Ordinal));
        Assert.Equal(RunOutcome.Withheld, result.Outcome);
        Assert.Null(await _store.GetAsync(StoreLayout.ReportsContainer, StoreLayout.Output(Council, Latest, StoreLayout.ManifestFile)));
        var said = result.Message + string.Join("\n", result.Findings);
        Assert.DoesNotContain("03/04/2009", said, StringComparison.Ordinal);
        Assert.DoesNotContain("ZZ9 9ZZ", said, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CommentaryOverTheLimit_IsAnErrorAndTheRunLeavesItOut()
    {
        var commentary = "## Priority 1\n\n" + new string('a', CommentaryFile.MaxCharacters);

        var validated = FileCheck.Check("commentary.md", Encoding.UTF8.GetBytes(commentary), Latest, RecordSources.All);

        Assert.Contains("more than the 200,000", Assert.Single(validated).Rule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CorruptedReuploadWithForce_IsWithheldAndThePublicationStaysUnlessAskedExplicitly()
    {
        await UploadMeasuresWithoutCurrentWorkforceRows();
        var good = await Run().RunAsync(Request(false, "dfe"));
        var manifestName = StoreLayout.Output(Council, Latest, StoreLayout.ManifestFile);
        var before = (await _store.GetAsync(StoreLayout.ReportsContainer, manifestName))!.Content;
        await Upload($"{Latest}/workforce.csv", SampleQuarter.Header("workforce.csv") + "W1,Team,9,permanent,2\n");

        var forced = await Run().RunAsync(Request(true, "dfe"));
        var asked = await Run().RunAsync(Request(true, "dfe") with { PublishWithErrors = true });

        Assert.Equal(RunOutcome.Withheld, forced.Outcome);
        Assert.Contains("sw-caseload-avg", forced.Message, StringComparison.Ordinal);
        Assert.Contains(good.Manifest!.RunId, forced.Message, StringComparison.Ordinal);
        Assert.Contains(forced.Findings, f => f.Severity == Severity.Error && f.File.EndsWith("workforce.csv", StringComparison.Ordinal));
        Assert.Equal(RunOutcome.Published, asked.Outcome);
        Assert.NotEqual(before, (await _store.GetAsync(StoreLayout.ReportsContainer, manifestName))!.Content);
    }

    [Fact]
    public async Task RunAsync_WithheldRun_LeavesTheManifestUntouched()
    {
        await UploadMeasuresWithoutCurrentWorkforceRows();
        await Run().RunAsync(Request(false, "dfe"));
        var manifestName = StoreLayout.Output(Council, Latest, StoreLayout.ManifestFile);
        var before = (await _store.GetAsync(StoreLayout.ReportsContainer, manifestName))!.Content;
        await Upload($"{Latest}/vacancies.csv", SampleQuarter.Header("vacancies.csv"));

        var result = await Run().RunAsync(Request(false, "dfe"));

        Assert.Equal(RunOutcome.Withheld, result.Outcome);
        Assert.Equal(before, (await _store.GetAsync(StoreLayout.ReportsContainer, manifestName))!.Content);
    }

    [Fact]
    public async Task RunAsync_SomeAudiencesAfterInputsChanged_KeepsTheOthersListedAsFromTheEarlierRun()
    {
        var first = await Run().RunAsync(Request(false, "dfe", "cabinet"));
        var measures = SampleQuarter.Text("measures.csv").TrimEnd('\n') + "\nearly-help-assessments,,611,,,\n";
        await Upload($"{Latest}/measures.csv", measures);

        var second = await Run().RunAsync(Request(false, "dfe"));

        Assert.Equal(RunOutcome.Published, second.Outcome);
        var cabinet = second.Manifest!.Output("cabinet-review.pdf");
        Assert.NotNull(cabinet);
        Assert.Equal(first.Manifest!.RunId, cabinet.FromRun);
        Assert.Null(second.Manifest.Output("dfe-review.pdf")!.FromRun);
        Assert.NotNull(await _store.GetAsync(StoreLayout.ReportsContainer, cabinet.Path));

        var third = await Run().RunAsync(Request(false, "cabinet"));
        Assert.Equal(RunOutcome.Published, third.Outcome); // kept from other inputs, so not "unchanged"
        Assert.Null(third.Manifest!.Output("cabinet-review.pdf")!.FromRun);
    }

    [Fact]
    public async Task RunAsync_OneAudienceAfterAll_ListsEveryAudiencesHtmlReviewWithItsAudience()
    {
        var all = await RunWithHtml().RunAsync(Request(false));
        await Upload($"{Latest}/measures.csv", SampleQuarter.Text("measures.csv").TrimEnd('\n') + "\nearly-help-assessments,,611,,,\n");

        var dfe = await RunWithHtml().RunAsync(Request(false, "dfe"));

        Assert.Equal(RunOutcome.Published, dfe.Outcome);
        foreach (var audience in (string[])["dfe", "essex", "cabinet"])
        {
            var html = dfe.Manifest!.Output($"{audience}-review.html");
            Assert.True(html is not null, $"{audience}-review.html is not listed after a run for dfe alone.");
            Assert.Equal(audience, html.Audience);
            Assert.Equal(audience == "dfe" ? null : all.Manifest!.RunId, html.FromRun);
            Assert.Equal(dfe.Manifest.Output($"{audience}-review.pdf")!.FromRun, html.FromRun);
            Assert.NotNull(await _store.GetAsync(StoreLayout.ReportsContainer, html.Path));
        }

        Assert.Equal(["cabinet-review.pdf", "dfe-review.pdf", "essex-review.pdf"], dfe.Manifest!.ReviewDocuments().Select(o => o.File).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_EarlierManifestListedHtmlReviewsWithoutAudience_KeepsThemWithTheirAudience()
    {
        await RunWithHtml().RunAsync(Request(false));
        var name = StoreLayout.Output(Council, Latest, StoreLayout.ManifestFile);
        var stored = Manifest.FromJson((await _store.GetAsync(StoreLayout.ReportsContainer, name))!.Content)!;
        var old = stored with { Outputs = stored.Outputs.Select(o => o.File.EndsWith(".html", StringComparison.Ordinal) ? o with { Audience = null } : o).ToList() };
        await _store.PutAsync(StoreLayout.ReportsContainer, name, old.ToJson(), WriteCondition.None, "application/json");

        var dfe = await RunWithHtml().RunAsync(Request(true, "dfe"));

        Assert.Equal("essex", dfe.Manifest!.Output("essex-review.html")?.Audience);
        Assert.Equal("cabinet", dfe.Manifest.Output("cabinet-review.html")?.Audience);
    }

    private sealed class PageStandIn : Reporting.Pipeline.Rendering.IReportRenderer
    {
        public string ContentType => "text/html; charset=utf-8";

        public byte[] Render(Reporting.Pipeline.Composition.ReportModel report) => Encoding.UTF8.GetBytes($"<h1>{report.Audience.Title}</h1>");
    }

    /// <summary>measures.csv without this quarter's workforce rows, so the workforce figures come from the record-level files alone.</summary>
    private Task UploadMeasuresWithoutCurrentWorkforceRows() =>
        Upload($"{Latest}/measures.csv", string.Join('\n', SampleQuarter.Text("measures.csv").Split('\n').Where(line => !(line.StartsWith("sw-", StringComparison.Ordinal) && line.Split(',')[1] is "" or "2017-18-Q2"))));

    [Fact]
    public async Task RunAsync_RecordFilesWithoutHeaderRows_NoChildsDetailsInDataQualityOrTheEssexPack()
    {
        var identities = HostileCorpus.IdentityValues("missing.csv").Concat(HostileCorpus.IdentityValues(Ssda903Files.Episodes)).ToList();
        foreach (var name in (string[])["missing.csv", Ssda903Files.Episodes])
        {
            await Upload($"{Latest}/{name}", Encoding.UTF8.GetString(HostileCorpus.Make(name, "no-header")));
        }

        var result = await Run().RunAsync(Request(false, "essex"));

        Assert.Equal(RunOutcome.Published, result.Outcome);
        Assert.Contains(result.Findings, f => f.File.EndsWith("missing.csv", StringComparison.Ordinal) && f.Rule.Contains("looks like a record", StringComparison.Ordinal));
        var dataQuality = Encoding.UTF8.GetString((await _store.GetAsync(StoreLayout.ReportsContainer, result.Manifest!.Output(StoreLayout.DataQualityFile)!.Path))!.Content);
        using var tools = new Reporting.Testing.PdfTools();
        var pack = tools.Text(tools.Save((await _store.GetAsync(StoreLayout.ReportsContainer, result.Manifest.Output("essex-review.pdf")!.Path))!.Content));
        Assert.Contains("looks like a record", pack.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.NotEmpty(identities);
        foreach (var identity in identities)
        {
            Assert.DoesNotContain(identity, dataQuality, StringComparison.Ordinal);
            Assert.DoesNotContain(identity, pack, StringComparison.Ordinal);
        }
    }

    private Task Upload(string name, string text) =>
        _store.PutAsync(StoreLayout.MetricsContainer, $"{Council}/{name}", Encoding.UTF8.GetBytes(text), WriteCondition.None, "application/octet-stream");
}
