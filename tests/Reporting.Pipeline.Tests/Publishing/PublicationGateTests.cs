using System.Text;
using System.Text.RegularExpressions;
using Reporting.Domain.Councils;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Publishing;
using Reporting.Pipeline.Queueing;
using Reporting.Pipeline.Storage;
using Reporting.Pipeline.Tests.Hostile;
using Reporting.Rendering;
using Reporting.SampleData;
using Reporting.Storage.Folder;
using Reporting.Testing;

namespace Reporting.Pipeline.Tests.Publishing;

/// <summary>Issue 19, items 1, 2 and 6: the publication gate through whole runs over the folder store and the sample data.</summary>
public sealed partial class PublicationGateTests : IDisposable
{
    private static readonly CouncilCode Council = SampleDataSet.Council;
    private static readonly FinancialQuarter Latest = SampleArc.Latest;

    private readonly string _root = Directory.CreateTempSubdirectory("reporting-gate-").FullName;
    private readonly FolderStore _store;

    public PublicationGateTests()
    {
        _store = new FolderStore(_root);
        SampleDataSet.WriteAsync(_store).GetAwaiter().GetResult();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ReportRun Run() => new(_store, new PdfReportRenderer(), RecordSources.All);

    private static RunRequest Request(FinancialQuarter period, params string[] audiences) => new(Council, period, audiences);

    /// <summary>The issue's corrupted re-uploads of the sample quarter, each with a figure it must not replace: indicator, figure in force, the file.</summary>
    public static TheoryData<string, string, string> CorruptedReuploads => new()
    {
        { "workforce.csv cut in half", IndicatorCatalogue.TurnoverRate, "workforce.csv" },
        { "missing.csv cut in half", IndicatorCatalogue.MissingEpisodes, "missing.csv" },
        { "episodes cut to 300 rows and a bad row", IndicatorCatalogue.ChildrenLookedAfter, "ssda903/episodes.csv" },
    };

    [Theory]
    [MemberData(nameof(CorruptedReuploads))]
    public async Task RunAsync_CorruptedReupload_KeepsThePublicationInForceAndListsEachChange(string corruption, string indicator, string file)
    {
        var good = await Run().RunAsync(Request(Latest));
        var manifestName = StoreLayout.Output(Council, Latest, StoreLayout.ManifestFile);
        var before = (await _store.GetAsync(StoreLayout.ReportsContainer, manifestName))!.Content;
        var was = IndicatorCatalogue.Get(indicator).Format(await PublishedAsync(good.Manifest!, indicator));
        await Corrupt(corruption);

        var withheld = await Run().RunAsync(Request(Latest));
        var confirmed = await Run().RunAsync(Request(Latest) with { PublishWithErrors = true });

        Assert.Equal(RunOutcome.Published, good.Outcome);
        Assert.Equal(RunOutcome.Withheld, withheld.Outcome);
        var change = Assert.Single(withheld.Gate!.Changes, c => c.IndicatorId == indicator);
        Assert.Equal(was, change.Was);
        Assert.EndsWith(file, change.File.Split(' ')[0], StringComparison.Ordinal);
        Assert.Contains($"{indicator} {change.Was} → {change.Now}", withheld.Message, StringComparison.Ordinal);
        Assert.Equal(good.Manifest!.RunId, withheld.Manifest!.RunId);
        Assert.Equal(RunOutcome.Published, confirmed.Outcome);
        Assert.Contains("Changes confirmed", confirmed.Message, StringComparison.Ordinal);
        Assert.NotEqual(before, (await _store.GetAsync(StoreLayout.ReportsContainer, manifestName))!.Content);
    }

    /// <summary>
    /// The issue's fourth re-upload (cin.xml with every child rejected) once took referrals from 1,310 to 0;
    /// an all-rejected census now gives no figure, so the quarter's measures.csv figure stands and the
    /// publication is not moved at all: the error is reported, not published as a zero.
    /// </summary>
    [Fact]
    public async Task RunAsync_CensusWithEveryChildRejected_KeepsTheReferralsFigureAndReportsTheError()
    {
        var good = await Run().RunAsync(Request(Latest));
        var was = await PublishedAsync(good.Manifest!, IndicatorCatalogue.Referrals);
        await Corrupt("cin.xml with every child rejected");

        var rerun = await Run().RunAsync(Request(Latest));

        Assert.Equal(1310m, was);
        Assert.Equal(RunOutcome.Published, rerun.Outcome);
        Assert.Equal(was, await PublishedAsync(rerun.Manifest!, IndicatorCatalogue.Referrals));
        Assert.Contains(rerun.Findings, f => f.Severity == Domain.Findings.Severity.Error && f.File.EndsWith("cin.xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_TruncatedWorkforce_ListsTheIssuesThreeFigures()
    {
        await Run().RunAsync(Request(Latest));
        await Corrupt("workforce.csv cut in half");

        var withheld = await Run().RunAsync(Request(Latest));

        var changes = withheld.Gate!.Changes.ToDictionary(c => c.IndicatorId, c => (c.Was, c.Now));
        Assert.Equal(("13.9%", "0.0%"), changes[IndicatorCatalogue.TurnoverRate]);
        Assert.Equal(("20.0%", "36.0%"), changes[IndicatorCatalogue.AgencyRate]);
        Assert.Equal(("14.8%", "28.1%"), changes[IndicatorCatalogue.VacancyRate]);
    }

    [Fact]
    public async Task RunAsync_FigureMovesBeyondItsBound_PublishesAsACorrectionWithoutErrorsAndIsWithheldWithAnError()
    {
        await Run().RunAsync(Request(Latest, "dfe"));
        await ReplaceMeasure("early-help-assessments", "900"); // 610 in force: 48% more, over the 30% bound for a count
        var broken = SampleQuarter.Header("vacancies.csv") + string.Join('\n', SampleQuarter.Text("vacancies.csv").Split('\n').Skip(1)) + "North,lots,1\n";

        var corrected = await Run().RunAsync(Request(Latest, "dfe") with { Force = true });
        await Upload($"{Latest}/vacancies.csv", broken);
        await ReplaceMeasure("early-help-assessments", "610");
        var withheld = await Run().RunAsync(Request(Latest, "dfe"));

        Assert.Equal(RunOutcome.Published, corrected.Outcome);
        Assert.Equal(RunOutcome.Withheld, withheld.Outcome);
        var change = Assert.Single(withheld.Gate!.Changes);
        Assert.Equal(("early-help-assessments", "900", "610"), (change.IndicatorId, change.Was, change.Now));
        Assert.Contains("30%", change.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SampleQuarterForcedAgain_PublishesWithoutAConfirmation()
    {
        var first = await Run().RunAsync(Request(Latest));
        var forced = await Run().RunAsync(Request(Latest) with { Force = true });

        Assert.Equal(RunOutcome.Published, first.Outcome);
        Assert.Equal(RunOutcome.Published, forced.Outcome);
        Assert.True(forced.Gate!.IsComplete);
        Assert.Empty(forced.Gate.Changes);
        Assert.DoesNotContain("confirmed", forced.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PastQuarterWithOnlyVacancies_IsIncompleteNamingWhatIsMissingAndPublishesOnlyWhenConfirmed()
    {
        var period = FinancialQuarter.From("2018-19-Q1");
        await Upload($"{period}/vacancies.csv", SampleQuarter.Text("vacancies.csv"));

        var incomplete = await Run().RunAsync(Request(period));
        var nothing = (await Run().ReadManifestAsync(Council, period)).Manifest;
        var confirmed = await Run().RunAsync(Request(period) with { PublishIncomplete = true });

        Assert.Equal(RunOutcome.Incomplete, incomplete.Outcome);
        Assert.Null(nothing);
        Assert.Contains("is incomplete", incomplete.Message, StringComparison.Ordinal);
        Assert.Contains("commentary.md (dfe, essex)", incomplete.Message, StringComparison.Ordinal);
        Assert.Contains("workforce.csv or csww.xml (essex)", incomplete.Message, StringComparison.Ordinal);
        Assert.Contains("Referrals to children's social care", incomplete.Message, StringComparison.Ordinal);
        Assert.Contains("--publish-incomplete", incomplete.Message, StringComparison.Ordinal);
        Assert.Equal(RunOutcome.Published, confirmed.Outcome);
        Assert.Contains("Published incomplete, as confirmed", confirmed.Message, StringComparison.Ordinal);
        using var tools = new PdfTools();
        var dfe = Regex.Replace(tools.Text(tools.Save((await _store.GetAsync(StoreLayout.ReportsContainer, confirmed.Manifest!.Output("dfe-review.pdf")!.Path))!.Content)), @"\s+", " ");
        Assert.Contains("This review is incomplete and was published with that confirmed: commentary.md was not uploaded;", dfe, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_QuarterNotEnded_IsRefusedBeforeAnyWork()
    {
        var future = FinancialQuarter.Containing(DateOnly.FromDateTime(DateTime.UtcNow));
        await Upload($"{future}/vacancies.csv", SampleQuarter.Text("vacancies.csv"));

        var result = await Run().RunAsync(Request(future));
        var preview = await Run().PreviewAsync(Request(future));

        Assert.Equal(RunOutcome.InvalidRequest, result.Outcome);
        Assert.Contains("has not ended", result.Message, StringComparison.Ordinal);
        Assert.Equal(RunOutcome.InvalidRequest, preview!.Outcome);
        Assert.Null((await Run().ReadManifestAsync(Council, future)).Manifest);
    }

    [Fact]
    public async Task RunAsync_CouncilWithNoConfiguration_IsRefusedBeforeAnyWork()
    {
        var unknown = CouncilCode.Parse("999").Value;
        await _store.PutAsync(StoreLayout.MetricsContainer, $"999/{Latest}/vacancies.csv", Encoding.UTF8.GetBytes(SampleQuarter.Text("vacancies.csv")), WriteCondition.None, "text/csv");

        var result = await Run().RunAsync(new RunRequest(unknown, Latest, []));

        Assert.Equal(RunOutcome.InvalidRequest, result.Outcome);
        Assert.Contains("Council 999 is not set up", result.Message, StringComparison.Ordinal);
        Assert.Null((await Run().ReadManifestAsync(unknown, Latest)).Manifest);
    }

    [Fact]
    public async Task QueuedRuns_TimerTicketOverAnIncompleteQuarter_IsWithheldWhateverItCarriesAndAConfirmedRequestPublishes()
    {
        var period = FinancialQuarter.From("2018-19-Q1");
        await Upload($"{period}/vacancies.csv", SampleQuarter.Text("vacancies.csv"));
        var queue = new TicketList();
        var states = new RunStateStore(_store);
        var runs = new QueuedRuns(Run(), states, queue, TimeProvider.System);

        await runs.QueueScheduledAsync(Request(period) with { PublishIncomplete = true, PublishWithErrors = true });
        var timerTicket = Assert.Single(queue.Tickets);
        var timerResult = await runs.ExecuteAsync(timerTicket, timerTicket.ToRequest().Request!, 1);
        var timerState = (await states.ReadAsync(Council, period)).State!;
        var forged = (timerTicket with { PublishIncomplete = true }).ToRequest().Request!;
        await runs.RequestAsync(Request(period) with { PublishIncomplete = true });
        var httpTicket = queue.Tickets[1];
        var httpResult = await runs.ExecuteAsync(httpTicket, httpTicket.ToRequest().Request!, 1);

        Assert.Equal(RunOutcome.Incomplete, timerResult.Outcome);
        Assert.Equal(RunStates.Incomplete, timerState.State);
        Assert.Contains("commentary.md", timerState.Message, StringComparison.Ordinal);
        Assert.False(forged.PublishIncomplete);
        Assert.Equal(RunOutcome.Published, httpResult.Outcome);
        Assert.Equal(RunStates.Published, (await states.ReadAsync(Council, period)).State!.State);
    }

    [Fact]
    public async Task ChangesSincePublished_AfterAReuploadWithOtherContent_NamesTheFileButNotForTheSameBytes()
    {
        var published = (await Run().RunAsync(Request(Latest, "dfe"))).Manifest!;
        var current = await Run().ChangesSincePublishedAsync(Council, Latest, published);
        await Upload($"{Latest}/missing.csv", SampleQuarter.Text("missing.csv")); // the same bytes written again: a new ETag
        var sameBytes = await Run().ChangesSincePublishedAsync(Council, Latest, published);
        await ReplaceMeasure("early-help-assessments", "611");

        var changed = await Run().ChangesSincePublishedAsync(Council, Latest, published);

        Assert.Empty(current);
        Assert.Empty(sameBytes);
        Assert.Equal([$"{Latest}/measures.csv was uploaded again with other content"], changed);
    }

    [Fact]
    public async Task ChangesSincePublished_AfterAnEarlierQuarterIsRepublished_NamesThatQuarter()
    {
        var previous = Latest.Previous();
        await Run().RunAsync(Request(previous, "dfe"));
        var published = (await Run().RunAsync(Request(Latest, "dfe"))).Manifest!;
        await ReplaceMeasure("early-help-assessments", "601", previous);
        var republished = await Run().RunAsync(Request(previous, "dfe"));

        var changes = await Run().ChangesSincePublishedAsync(Council, Latest, published);

        Assert.Equal(RunOutcome.Published, republished.Outcome);
        var change = Assert.Single(changes);
        Assert.Contains($"{previous.ShortLabel}, whose figures it draws on, was republished (run {republished.Manifest!.RunId}", change, StringComparison.Ordinal);
    }

    /// <summary>The figure a publication has for an indicator.</summary>
    private async Task<decimal> PublishedAsync(Manifest manifest, string indicator)
    {
        var json = (await _store.GetAsync(StoreLayout.ReportsContainer, manifest.Output(StoreLayout.IndicatorsJsonFile)!.Path))!.Content;
        return IndicatorsExport.ReadValues(json).Single(v => v.IndicatorId == indicator).Value!.Value;
    }

    private Task Corrupt(string corruption)
    {
        string Half(string name) => SampleQuarter.Text(name)[..(SampleQuarter.Text(name).Length / 2)];
        return corruption switch
        {
            "workforce.csv cut in half" => Upload($"{Latest}/workforce.csv", Half("workforce.csv")),
            "missing.csv cut in half" => Upload($"{Latest}/missing.csv", Half("missing.csv")),
            "episodes cut to 300 rows and a bad row" => Upload($"{Latest}/ssda903/episodes.csv", string.Join('\n', SampleQuarter.Text("ssda903/episodes.csv").Split('\n').Take(301)) + "\nbad,row,here\n"),
            _ => Upload($"{Latest}/cin.xml", ChildIds().Replace(SampleQuarter.Text("cin.xml"), "<LAchildID></LAchildID>")),
        };
    }

    [GeneratedRegex("<LAchildID>[^<]*</LAchildID>")]
    private static partial Regex ChildIds();

    private async Task ReplaceMeasure(string indicator, string value, FinancialQuarter? period = null)
    {
        var name = StoreLayout.QuarterInputs(Council, period ?? Latest) + "measures.csv";
        var text = Encoding.UTF8.GetString((await _store.GetAsync(StoreLayout.MetricsContainer, name))!.Content);
        var lines = text.Split('\n').Select(line => line.StartsWith(indicator + ",,", StringComparison.Ordinal) ? $"{indicator},,{value},,," : line);
        await _store.PutAsync(StoreLayout.MetricsContainer, name, Encoding.UTF8.GetBytes(string.Join('\n', lines)), WriteCondition.None, "text/csv");
    }

    private Task Upload(string name, string text) =>
        _store.PutAsync(StoreLayout.MetricsContainer, $"{Council}/{name}", Encoding.UTF8.GetBytes(text), WriteCondition.None, "application/octet-stream");

    /// <summary>A queue that keeps what is enqueued, for the test to hand to a worker.</summary>
    private sealed class TicketList : IRunQueue
    {
        public List<RunTicket> Tickets { get; } = [];

        public string Description => "a list";

        public Task EnqueueAsync(RunTicket ticket, CancellationToken cancellationToken = default)
        {
            Tickets.Add(ticket);
            return Task.CompletedTask;
        }
    }
}
