using Reporting.Domain.Councils;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Batches;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.Rendering;
using Reporting.Pipeline.Storage;
using Reporting.SampleData;
using Reporting.Storage.Folder;
using Reporting.Testing;

namespace Reporting.Pipeline.Tests.Batches;

/// <summary>Many councils' quarters in one process: every council gets its outcome, one failure never stops the others.</summary>
public sealed class CouncilBatchTests : IDisposable
{
    private static readonly CouncilCode[] Councils = [CouncilCode.From(886), CouncilCode.From(933), CouncilCode.From(940)];

    private readonly string _root = Directory.CreateTempSubdirectory("reporting-batch-").FullName;
    private readonly FolderStore _store;

    public CouncilBatchTests()
    {
        _store = new FolderStore(_root);
        foreach (var council in Councils)
        {
            SampleDataSet.WriteAsync(_store, council).GetAwaiter().GetResult();
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static ReportRun Run(IObjectStore store, IReportRenderer? renderer = null) => new(store, renderer ?? new TextRenderer(), RecordSources.All);

    [Fact]
    public async Task RunAsync_OneCouncilsStorageFailsAndOneHasNoFiles_PublishesTheOthersAndReportsBoth()
    {
        var store = new FailingReads(_store, "886/");
        CouncilCode[] councils = [.. Councils, CouncilCode.From(999)];

        var batch = await new CouncilBatch(Run(store)).RunAsync(councils, SampleArc.Latest, []);

        Assert.Equal(["886", "933", "940", "999"], batch.Councils.Select(c => c.Council.Value));
        Assert.Equal([CouncilOutcome.Failed, CouncilOutcome.Published, CouncilOutcome.Published, CouncilOutcome.Failed], batch.Councils.Select(c => c.Outcome));
        Assert.Contains("disk unplugged", batch.Councils[0].Message);
        Assert.Contains("No files have been uploaded for council 999", batch.Councils[3].Message);
        Assert.True(batch.AnyFailed);
        foreach (var council in Councils[1..])
        {
            Assert.NotNull(await _store.GetAsync(StoreLayout.ReportsContainer, StoreLayout.Output(council, SampleArc.Latest, StoreLayout.ManifestFile)));
        }

        Assert.Null(await _store.GetAsync(StoreLayout.ReportsContainer, StoreLayout.Output(Councils[0], SampleArc.Latest, StoreLayout.ManifestFile)));
    }

    [Fact]
    public async Task RunAsync_AgainWithTheSameInputs_EveryCouncilIsUnchanged()
    {
        var batch = new CouncilBatch(Run(_store));
        await batch.RunAsync(Councils, SampleArc.Latest, []);

        var again = await batch.RunAsync(Councils, SampleArc.Latest, []);

        Assert.All(again.Councils, c => Assert.Equal(CouncilOutcome.Unchanged, c.Outcome));
        Assert.False(again.AnyFailed);
    }

    [Fact]
    public async Task RunAsync_TwoAtATime_RunsTwoCouncilsTogetherButNeverThree()
    {
        // The first render waits for a second render to be under way: a batch that ran councils
        // one after another would never have two at once.
        var renderer = new OverlapRenderer();
        var progress = new List<string>();

        var batch = await new CouncilBatch(Run(_store, renderer), maxParallel: 2).RunAsync(Councils, SampleArc.Latest, ["dfe"],
            progress: new Progress(r => { lock (progress) { progress.Add(r.Council.Value); } }));

        Assert.All(batch.Councils, c => Assert.Equal(CouncilOutcome.Published, c.Outcome));
        Assert.Equal(2, renderer.MostAtOnce);
        Assert.Equal(["886", "933", "940"], progress.Order());
    }

    /// <summary>A renderer that writes the document's title as text: enough to publish, quick to run.</summary>
    private class TextRenderer : IReportRenderer
    {
        public string ContentType => "application/pdf";

        public virtual byte[] Render(ReportModel report) => System.Text.Encoding.UTF8.GetBytes($"{report.Council} {report.Audience.Id}");
    }

    private sealed class OverlapRenderer : TextRenderer
    {
        private int _now;
        private int _most;
        private int _first = 1;

        public int MostAtOnce => Volatile.Read(ref _most);

        public override byte[] Render(ReportModel report)
        {
            var now = Interlocked.Increment(ref _now);
            for (var seen = Volatile.Read(ref _most); seen < now; seen = Volatile.Read(ref _most))
            {
                Interlocked.CompareExchange(ref _most, now, seen);
            }

            if (Interlocked.Exchange(ref _first, 0) == 1)
            {
                // The first render waits (up to 20 s, not forever) for a second to be under way.
                SpinWait.SpinUntil(() => Volatile.Read(ref _most) >= 2, TimeSpan.FromSeconds(20));
            }

            Interlocked.Decrement(ref _now);
            return base.Render(report);
        }
    }

    private sealed class Progress(Action<CouncilResult> report) : IProgress<CouncilResult>
    {
        public void Report(CouncilResult value) => report(value);
    }
}

/// <summary>How people write which councils to run.</summary>
public sealed class CouncilSelectionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reporting-selection-").FullName;
    private readonly FolderStore _store;

    public CouncilSelectionTests()
    {
        _store = new FolderStore(_root);
        _store.CreateContainerIfNotExistsAsync(StoreLayout.MetricsContainer).GetAwaiter().GetResult();
        foreach (var council in (string[])["886", "933", "940"])
        {
            _store.PutAsync(StoreLayout.MetricsContainer, $"{council}/config/council.txt", "A council\n"u8.ToArray(), WriteCondition.None, "text/plain").GetAwaiter().GetResult();
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("all", new[] { "886", "933", "940" })]
    [InlineData("900-952", new[] { "933", "940" })]
    [InlineData("886,999", new[] { "886", "999" })]
    [InlineData("940, 800-900", new[] { "886", "940" })]
    public async Task ResolveAsync_Selection_TakesTheCouncilsAPersonMeant(string text, string[] expected)
    {
        var selection = CouncilSelection.Parse(text).Value;

        var councils = await selection.ResolveAsync(_store);

        Assert.Equal(expected, councils.Select(c => c.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("93")]
    [InlineData("952-800")]
    [InlineData("886;933")]
    [InlineData("every")]
    public void Parse_NotASelection_SaysHowToWriteOne(string text)
    {
        var parsed = CouncilSelection.Parse(text);

        Assert.False(parsed.Success);
        Assert.Contains("a range such as 800-952", parsed.Error);
    }

    [Fact]
    public void Parse_OneCode_IsASingleCouncil()
    {
        Assert.Equal(CouncilCode.From(933), CouncilSelection.Parse("933").Value.Single);
        Assert.Null(CouncilSelection.Parse("933,940").Value.Single);
        Assert.Null(CouncilSelection.Parse("933-933").Value.Single);
    }
}

/// <summary>The batch over a host's own way of starting a run (as the local serve passes one).</summary>
public class CouncilBatchRunnerTests
{
    [Fact]
    public async Task RunAsync_RunnerThrowsForOneCouncil_TheOthersRunAndItIsFailedWithTheReason()
    {
        var period = SampleArc.Latest;
        var started = new System.Collections.Concurrent.ConcurrentBag<string>();
        var batch = new CouncilBatch((request, _) =>
        {
            started.Add(request.Council.Value);
            return request.Council.Value == "901"
                ? throw new InvalidOperationException("renderer ran out of fonts")
                : Task.FromResult(new RunResult(request.Council.Value == "902" ? RunOutcome.AlreadyRunning : RunOutcome.Published, $"ran {request.Council}", null, []));
        });

        var result = await batch.RunAsync([CouncilCode.From(900), CouncilCode.From(901), CouncilCode.From(902), CouncilCode.From(903)], period, []);

        Assert.Equal(["900", "901", "902", "903"], started.Order());
        Assert.Equal([CouncilOutcome.Published, CouncilOutcome.Failed, CouncilOutcome.Failed, CouncilOutcome.Published], result.Councils.Select(c => c.Outcome));
        Assert.Contains("renderer ran out of fonts", result.Councils[1].Message);
        Assert.Contains("previous publication is unchanged", result.Councils[1].Message);
        Assert.Equal("ran 902", result.Councils[2].Message);
    }
}
