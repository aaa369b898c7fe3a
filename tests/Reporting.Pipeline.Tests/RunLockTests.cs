using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.Rendering;
using Reporting.Pipeline.Storage;
using Reporting.Rendering;
using Reporting.SampleData;
using Reporting.Storage.Folder;

namespace Reporting.Pipeline.Tests;

/// <summary>The run lock: short, renewed while a run goes on, freed soon after a run dies, and breakable by an operator.</summary>
public sealed class RunLockTests : IDisposable
{
    private static readonly CouncilCode Council = SampleDataSet.Council;
    private static readonly FinancialQuarter Latest = SampleArc.Latest;

    private readonly string _root = Directory.CreateTempSubdirectory("reporting-lock-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2017, 10, 5, 6, 0, 0, TimeSpan.Zero));
    private readonly FolderStore _store;

    public RunLockTests()
    {
        _store = new FolderStore(_root, _clock);
        SampleDataSet.WriteAsync(_store).GetAwaiter().GetResult();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ReportRun Run(IReportRenderer? renderer = null) => new(_store, renderer ?? new PdfReportRenderer(), RecordSources.All);

    private static RunRequest Request => new(Council, Latest, ["dfe"]);

    private Task<IStoreLease?> TakeLockAsync(TimeSpan length) =>
        _store.TryAcquireLeaseAsync(StoreLayout.ReportsContainer, StoreLayout.RunLock(Council, Latest), length);

    [Fact]
    public async Task RunAsync_LockLeftByARunThatDied_FreeAgainOnceTheShortLeaseHasPassed()
    {
        await _store.CreateContainerIfNotExistsAsync(StoreLayout.ReportsContainer);
        var dead = await TakeLockAsync(ReportRun.LeaseDuration);

        var refused = await Run().RunAsync(Request);
        _clock.Now += ReportRun.LeaseDuration + TimeSpan.FromSeconds(1);
        var after = await Run().RunAsync(Request);

        Assert.NotNull(dead);
        Assert.True(ReportRun.LeaseDuration <= TimeSpan.FromSeconds(15), "a killed run must not block reruns for a minute");
        Assert.Equal(RunOutcome.AlreadyRunning, refused.Outcome);
        Assert.Contains("frees itself within 15 s", refused.Message);
        Assert.Contains("--break-lock", refused.Message);
        Assert.Equal(RunOutcome.Published, after.Outcome);
    }

    [Fact]
    public async Task BreakLock_LockOfARunThatDied_NextRunGoesAheadAtOnce()
    {
        await _store.CreateContainerIfNotExistsAsync(StoreLayout.ReportsContainer);
        await TakeLockAsync(ReportRun.LeaseDuration);

        var broken = await Run().BreakLockAsync(Council, Latest);
        var brokenAgain = await Run().BreakLockAsync(Council, Latest);
        var after = await Run().RunAsync(Request);

        Assert.True(broken);
        Assert.False(brokenAgain);
        Assert.Equal(RunOutcome.Published, after.Outcome);
    }

    [Fact]
    public async Task RunAsync_RenderLongerThanTheLease_KeepsTheLockByRenewingIt()
    {
        var store = new FolderStore(_root);
        var length = TimeSpan.FromSeconds(2);
        var rendering = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var run = new ReportRun(store, new Waiting(rendering, finish), RecordSources.All) { LeaseLength = length };

        var running = Task.Run(() => run.RunAsync(Request));
        await rendering.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(length * 2.5);
        await using var second = await store.TryAcquireLeaseAsync(StoreLayout.ReportsContainer, StoreLayout.RunLock(Council, Latest), length);
        finish.SetResult();
        var result = await running;

        Assert.Null(second);
        Assert.Equal(RunOutcome.Published, result.Outcome);
    }

    [Fact]
    public async Task RunAsync_LockBrokenWhileRendering_PublishesNothingAndSaysTheLockWasLost()
    {
        var store = new FolderStore(_root);
        var length = TimeSpan.FromMilliseconds(600);
        var rendering = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var run = new ReportRun(store, new Waiting(rendering, finish), RecordSources.All) { LeaseLength = length };

        var running = Task.Run(() => run.RunAsync(Request));
        await rendering.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await run.BreakLockAsync(Council, Latest);
        finish.SetResult();
        var error = await Assert.ThrowsAsync<StoreException>(() => running);

        Assert.Contains("lock was lost", error.Message);
        Assert.Null((await run.ReadManifestAsync(Council, Latest)).Manifest);
    }

    /// <summary>The real renderer, once the test lets it go on: a render that takes as long as the test needs.</summary>
    private sealed class Waiting(TaskCompletionSource rendering, TaskCompletionSource finish) : IReportRenderer
    {
        private readonly PdfReportRenderer _inner = new();

        public string ContentType => _inner.ContentType;

        public byte[] Render(ReportModel model)
        {
            rendering.TrySetResult();
            finish.Task.Wait(TimeSpan.FromSeconds(30));
            return _inner.Render(model);
        }
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
