using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Reporting.Domain.Councils;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.Publishing;
using Reporting.Pipeline.Rendering;
using Reporting.Pipeline.Storage;
using Reporting.Rendering;
using Reporting.SampleData;
using Reporting.Storage.Folder;
using Reporting.Testing;

namespace Reporting.Pipeline.Tests;

/// <summary>The whole pipeline over the folder store with the real PDF renderer and the sample data.</summary>
public sealed class ReportRunTests : IDisposable
{
    private static readonly CouncilCode Council = SampleDataSet.Council;
    private static readonly FinancialQuarter Latest = SampleArc.Latest;

    private readonly string _root = Directory.CreateTempSubdirectory("reporting-run-").FullName;
    private readonly FolderStore _store;

    public ReportRunTests()
    {
        _store = new FolderStore(_root);
        SampleDataSet.WriteAsync(_store).GetAwaiter().GetResult();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ReportRun Run(IReportRenderer? renderer = null) => new(_store, renderer ?? new PdfReportRenderer(), RecordSources.All);

    private static RunRequest Request(FinancialQuarter period, bool force = false, params string[] audiences) => new(Council, period, audiences, force);

    [Fact]
    public async Task RunAsync_SampleQuarter_PublishesEveryAudienceAndTheManifestListsWhatIsStored()
    {
        var result = await Run().RunAsync(Request(Latest));

        Assert.Equal(RunOutcome.Published, result.Outcome);
        var manifest = result.Manifest!;
        Assert.Equal(["cabinet-review.pdf", "dfe-review.pdf", "essex-review.pdf", "data-quality.json", "indicators.csv", "indicators.json"], manifest.Outputs.Select(o => o.File));
        foreach (var output in manifest.Outputs)
        {
            var stored = await _store.GetAsync(StoreLayout.ReportsContainer, output.Path);
            Assert.Equal(output.Sha256, Convert.ToHexStringLower(SHA256.HashData(stored!.Content)));
        }

        var pdf = (await _store.GetAsync(StoreLayout.ReportsContainer, manifest.Output("dfe-review.pdf")!.Path))!.Content;
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Contains(manifest.Inputs, i => i.Name == "2017-18-Q2/measures.csv");
    }

    [Fact]
    public async Task RunAsync_PublishedIndicators_CarryTheSampleFigures()
    {
        var result = await Run().RunAsync(Request(Latest, false, "dfe"));

        var json = (await _store.GetAsync(StoreLayout.ReportsContainer, result.Manifest!.Output("indicators.json")!.Path))!.Content;
        var shown = IndicatorsExport.ReadValues(json).ToDictionary(v => v.IndicatorId, v => IndicatorCatalogue.Get(v.IndicatorId).Round(v.Value!.Value));
        Assert.Equal(14.2m, shown["sw-caseload-avg"]);
        Assert.Equal(52.0m, shown["missing-rhi-held-pct"]); // 129 of 248 episodes: 52.0%
    }

    [Fact]
    public async Task RunAsync_IndicatorsCsv_OneRowPerIndicatorThatASpreadsheetReadsBack()
    {
        var result = await Run().RunAsync(Request(Latest, false, "dfe"));

        var csvText = Encoding.UTF8.GetString(await ReadOutput(result.Manifest!, "indicators.csv"));
        using var csv = new CsvHelper.CsvReader(new StringReader(csvText), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(IndicatorCatalogue.All.Count, rows.Count);
        Assert.Equal(
            ["indicator", "title", "priority", "period", "value", "numerator", "denominator", "unit", "target", "previous",
             "status", "direction", "england", "statistical_neighbours", "source", "not_available_reason"],
            rows[0].Keys);
        var caseload = rows.Single(r => (string)r["indicator"] == "sw-caseload-avg");
        // Caseload is cases held over case-holding FTE: 14.2 in the sample's last quarter, against a target of 15.
        var value = decimal.Parse((string)caseload["value"], CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse((string)caseload["numerator"], CultureInfo.InvariantCulture) / decimal.Parse((string)caseload["denominator"], CultureInfo.InvariantCulture), value);
        Assert.Equal(14.2m, Math.Round(value, 1));
        Assert.Equal("15", caseload["target"]);
        Assert.Equal("green", caseload["status"]);
        Assert.Equal("2017-18-Q2", caseload["period"]);
    }

    [Fact]
    public async Task RunAsync_UnchangedInputs_DoesNotRenderAgainUnlessForcedAndThenGivesIdenticalBytes()
    {
        var first = await Run().RunAsync(Request(Latest));
        var firstPdf = await ReadOutput(first.Manifest!, "essex-review.pdf");

        var second = await Run().RunAsync(Request(Latest));
        var forced = await Run().RunAsync(Request(Latest, force: true));

        Assert.Equal(RunOutcome.Unchanged, second.Outcome);
        Assert.Equal(RunOutcome.Published, forced.Outcome);
        Assert.Equal(first.Manifest!.RunId, forced.Manifest!.RunId);
        Assert.Equal(firstPdf, await ReadOutput(forced.Manifest, "essex-review.pdf"));
    }

    [Fact]
    public async Task RunAsync_UploadsAsPublished_AnswersUnchangedWithoutReadingThemAndRereadsAFileWrittenAgain()
    {
        await Run().RunAsync(Request(Latest));
        var uploads = new FailingReads(_store, StoreLayout.QuarterInputs(Council, Latest));

        var unread = await new ReportRun(uploads, new PdfReportRenderer(), RecordSources.All).RunAsync(Request(Latest));
        var measures = StoreLayout.QuarterInputs(Council, Latest) + "measures.csv";
        var same = (await _store.GetAsync(StoreLayout.MetricsContainer, measures))!.Content;
        await _store.PutAsync(StoreLayout.MetricsContainer, measures, same, WriteCondition.None, "text/csv");
        var rewritten = await Assert.ThrowsAsync<IOException>(() => new ReportRun(uploads, new PdfReportRenderer(), RecordSources.All).RunAsync(Request(Latest)));
        var reread = await Run().RunAsync(Request(Latest));

        Assert.Equal(RunOutcome.Unchanged, unread.Outcome);
        Assert.Contains(StoreLayout.QuarterInputs(Council, Latest), rewritten.Message);
        Assert.Equal(RunOutcome.Unchanged, reread.Outcome);
    }

    [Fact]
    public async Task RunAsync_UploadsAsPublishedButConfigChanged_ReadsTheUploadsOnceAndPlansAsAForcedRunWould()
    {
        await Run().RunAsync(Request(Latest));
        var councilName = StoreLayout.CouncilConfig(Council) + Reporting.Pipeline.MetricFiles.CouncilNameFile.FileName;
        await _store.PutAsync(StoreLayout.MetricsContainer, councilName, "Renamed County Council\n"u8.ToArray(), WriteCondition.None, "text/plain");
        var reads = new FailingReads(_store, StoreLayout.QuarterInputs(Council, Latest)) { Failing = false };

        var changed = await new ReportRun(reads, new PdfReportRenderer(), RecordSources.All).RunAsync(Request(Latest));
        var forced = await Run().RunAsync(Request(Latest, force: true));

        // The uploads carry the ETags the publication recorded, but the council's name changed: the run
        // publishes, with the digest a run that read every file makes.
        Assert.Equal(RunOutcome.Published, changed.Outcome);
        Assert.Equal(forced.Manifest!.RunId, changed.Manifest!.RunId);
        Assert.Equal(forced.Manifest.InputsDigest, changed.Manifest.InputsDigest);
    }

    [Fact]
    public async Task RunAsync_WhileAnotherRunHoldsTheLock_SaysAlreadyRunning()
    {
        await _store.CreateContainerIfNotExistsAsync(StoreLayout.ReportsContainer);
        await using var held = await _store.TryAcquireLeaseAsync(StoreLayout.ReportsContainer, StoreLayout.RunLock(Council, Latest), TimeSpan.FromSeconds(60));

        var result = await Run().RunAsync(Request(Latest));

        Assert.Equal(RunOutcome.AlreadyRunning, result.Outcome);
        Assert.Null((await Run().ReadManifestAsync(Council, Latest)).Manifest);
    }

    [Fact]
    public async Task RunAsync_RendererFailsMidway_PreviousPublicationStaysIntact()
    {
        var first = await Run().RunAsync(Request(Latest));
        var before = await _store.GetAsync(StoreLayout.ReportsContainer, StoreLayout.Output(Council, Latest, StoreLayout.ManifestFile));
        await ChangeMeasures(Latest, "early-help-assessments,,611,,,\n");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Run(new FailingOn("essex")).RunAsync(Request(Latest)));

        var after = await _store.GetAsync(StoreLayout.ReportsContainer, StoreLayout.Output(Council, Latest, StoreLayout.ManifestFile));
        Assert.Equal(before!.Content, after!.Content);
        Assert.Equal(first.Manifest!.Outputs.Count, Manifest.FromJson(after.Content)!.Outputs.Count);
        Assert.NotNull(await _store.GetAsync(StoreLayout.ReportsContainer, first.Manifest.Output("essex-review.pdf")!.Path));

        var retry = await Run().RunAsync(Request(Latest));
        Assert.Equal(RunOutcome.Published, retry.Outcome);
        Assert.NotEqual(first.Manifest.RunId, retry.Manifest!.RunId);
    }

    [Fact]
    public async Task RunAsync_EarlierQuarterPublished_ItsIndicatorsAreAnInputOfTheNext()
    {
        await Run().RunAsync(Request(Latest.Previous(), false, "dfe"));

        var result = await Run().RunAsync(Request(Latest, false, "dfe"));

        Assert.Contains(result.Manifest!.Inputs, i => i.Name.StartsWith($"reports/{Council}/{Latest.Previous()}/", StringComparison.Ordinal) && i.Name.EndsWith("indicators.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_QuarterWithNoUploads_SaysWhereFilesWereExpected()
    {
        var result = await Run().RunAsync(Request(FinancialQuarter.From("2019-20-Q1")));

        Assert.Equal(RunOutcome.NoInputs, result.Outcome);
        Assert.Contains("metrics/933/2019-20-Q1/", result.Message);
    }

    [Fact]
    public async Task RunAsync_UnknownAudience_ListsTheChoices()
    {
        var result = await Run().RunAsync(Request(Latest, false, "ofsted"));

        Assert.Equal(RunOutcome.InvalidRequest, result.Outcome);
        Assert.Contains("dfe, essex, cabinet", result.Message);
    }

    [Fact]
    public async Task RunAsync_BrokenMeasuresRow_PublishesWithTheFindingAndTheIndicatorNotAvailable()
    {
        await ChangeMeasures(Latest, "sw-caseload-avg,,lots,,,\n", replaceCurrent: IndicatorCatalogue.CaseloadAverage);

        var result = await Run().RunAsync(Request(Latest, false, "essex"));

        Assert.Equal(RunOutcome.Published, result.Outcome);
        Assert.Contains(result.Findings, f => f.Column == "value" && f.Value == "lots");
        Assert.Equal(1, result.Manifest!.Errors);
    }

    [Fact]
    public async Task RunAsync_CouncilAddsAnAudienceInConfig_ItIsRendered()
    {
        const string Json = """{"id":"scrutiny","title":"Scrutiny summary","readers":"Scrutiny committee","marking":"OFFICIAL","public":true,"sections":["Cover","Scorecard"],"indicators":["referrals"]}""";
        await _store.PutAsync(StoreLayout.MetricsContainer, $"{Council}/config/audiences/scrutiny.json", Encoding.UTF8.GetBytes(Json), WriteCondition.None, "application/json");

        var result = await Run().RunAsync(Request(Latest, false, "scrutiny"));

        Assert.Equal(RunOutcome.Published, result.Outcome);
        Assert.NotNull(result.Manifest!.Output("scrutiny-review.pdf"));
    }

    private async Task ChangeMeasures(FinancialQuarter period, string row, string? replaceCurrent = null)
    {
        var name = StoreLayout.QuarterInputs(Council, period) + "measures.csv";
        var text = Encoding.UTF8.GetString((await _store.GetAsync(StoreLayout.MetricsContainer, name))!.Content);
        if (replaceCurrent is not null)
        {
            text = string.Join('\n', text.Split('\n').Where(line => !line.StartsWith(replaceCurrent + ",,", StringComparison.Ordinal)));
        }

        await _store.PutAsync(StoreLayout.MetricsContainer, name, Encoding.UTF8.GetBytes(text.TrimEnd('\n') + "\n" + row), WriteCondition.None, "text/csv");
    }

    private async Task<byte[]> ReadOutput(Manifest manifest, string file) =>
        (await _store.GetAsync(StoreLayout.ReportsContainer, manifest.Output(file)!.Path))!.Content;

    /// <summary>The real renderer, failing on one audience, as a crash midway through a run would.</summary>
    private sealed class FailingOn(string audience) : IReportRenderer
    {
        private readonly PdfReportRenderer _real = new();

        public string ContentType => _real.ContentType;

        public byte[] Render(ReportModel report) =>
            report.Audience.Id == audience ? throw new InvalidOperationException("renderer crashed") : _real.Render(report);
    }
}
