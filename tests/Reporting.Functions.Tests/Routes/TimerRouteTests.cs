using System.Net;
using System.Text;
using System.Text.Json;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Runs;

namespace Reporting.Functions.Tests.Routes;

public sealed class TimerRouteTests
{
    private static readonly DateTimeOffset FifthOfOctober2016 = new(2016, 10, 5, 6, 0, 0, TimeSpan.Zero);

    private static HandlerOptions Options(params int[] councils) => new()
    {
        Time = new FixedTime(FifthOfOctober2016),
        Councils = councils.Select(CouncilCode.From).ToList(),
    };

    private static StringContent Payload(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task QuarterlyRun_NullScheduleStatus_RunsTheQuarterJustEndedForEveryCouncil()
    {
        var reports = new FakeQuarterReports();
        await using var handler = await InProcessHandler.StartAsync(reports, Options(933, 881));

        var response = await handler.Client.PostAsync("/QuarterlyRun", Payload(
            """{"Data":{"timer":{"Schedule":{"AdjustForDST":false},"ScheduleStatus":null,"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"QuarterlyRun","UtcNow":"2016-10-05T06:00:00Z"}}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [(CouncilCode.From(881), FinancialQuarter.From("2016-17-Q2")), (CouncilCode.From(933), FinancialQuarter.From("2016-17-Q2"))],
            reports.Runs.Select(r => (r.Council, r.Period)).Order());
        Assert.All(reports.Runs, r => Assert.False(r.Force));
        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, reply.RootElement.GetProperty("Outputs").ValueKind);
        Assert.Contains(reply.RootElement.GetProperty("Logs").EnumerateArray(), l => l.GetString()!.Contains("2016/17 Q2 (July to September 2016)"));
        Assert.Equal("2016-17-Q2", reply.RootElement.GetProperty("ReturnValue").GetProperty("Period").GetString());
    }

    [Fact]
    public async Task QuarterlyRun_HostStampsTheInvocationTime_ThatTimeDecidesTheQuarter()
    {
        var reports = new FakeQuarterReports();
        await using var handler = await InProcessHandler.StartAsync(reports, Options(933));

        await handler.Client.PostAsync("/QuarterlyRun", Payload("""{"Data":{"timer":{"ScheduleStatus":null}},"Metadata":{"sys":{"UtcNow":"2017-10-05T06:00:01.123Z"}}}"""));

        Assert.Equal(FinancialQuarter.From("2017-18-Q2"), Assert.Single(reports.Runs).Period);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"Data":{"timer":{"ScheduleStatus":{"Last":"yesterday","Next":42},"IsPastDue":"no"}}}""")]
    [InlineData("""{"Data":{"timer":"{\"ScheduleStatus\":null,\"IsPastDue\":true}"}}""")]
    public async Task QuarterlyRun_OddPayload_StillRunsTheQuarter(string payload)
    {
        var reports = new FakeQuarterReports();
        await using var handler = await InProcessHandler.StartAsync(reports, Options(933));

        var response = await handler.Client.PostAsync("/QuarterlyRun", Payload(payload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FinancialQuarter.From("2016-17-Q2"), Assert.Single(reports.Runs).Period);
    }

    [Fact]
    public async Task QuarterlyRun_NoCouncilsConfigured_RunsEveryCouncilWithUploads()
    {
        var reports = new FakeQuarterReports { Councils = [CouncilCode.From(933)] };
        await using var handler = await InProcessHandler.StartAsync(reports, Options());

        await handler.Client.PostAsync("/QuarterlyRun", Payload("{}"));

        Assert.Equal(CouncilCode.From(933), Assert.Single(reports.Runs).Council);
    }

    [Fact]
    public async Task QuarterlyRun_CouncilsCannotBeListed_FailsTheInvocationWithTheReasonInItsLogs()
    {
        var reports = new FakeQuarterReports { ReadFailure = new Pipeline.Storage.StoreException("list", "metrics", "*", "HTTP 403 AuthorizationFailure.") };
        await using var handler = await InProcessHandler.StartAsync(reports, Options());

        var response = await handler.Client.PostAsync("/QuarterlyRun", Payload("{}"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reply.RootElement.GetProperty("Logs").EnumerateArray(), l => l.GetString()!.Contains("AuthorizationFailure"));
    }

    [Fact]
    public async Task QuarterlyRun_OneCouncilFails_OthersStillRunAndTheInvocationFails()
    {
        var reports = new FakeQuarterReports();
        reports.Run = (council, period) => council.Value == "881"
            ? throw new InvalidOperationException("Could not read 'metrics/881/2016-17-Q2/measures.csv': HTTP 503.")
            : Task.FromResult(new RunSummary(RunStatus.Published, "Published."));
        await using var handler = await InProcessHandler.StartAsync(reports, Options(881, 933));

        var response = await handler.Client.PostAsync("/QuarterlyRun", Payload("{}"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(2, reports.Runs.Count);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("metrics/881/2016-17-Q2/measures.csv", text);
        Assert.Contains("\"Failed\":1", text);
    }

    [Fact]
    public async Task QuarterlyRun_PayloadOver1Mb_LogsThatItWasTooLargeAndStillRuns()
    {
        var reports = new FakeQuarterReports();
        await using var handler = await InProcessHandler.StartAsync(reports, Options(933));

        var response = await handler.Client.PostAsync("/QuarterlyRun", Payload("\"" + new string('x', 1100 * 1024) + "\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reply.RootElement.GetProperty("Logs").EnumerateArray(), l => l.GetString()!.Contains("over 1 MB"));
        Assert.Single(reports.Runs);
    }

    [Fact]
    public async Task QuarterlyRun_OnDemandRunForOneAudienceInProgress_AwaitsItThenRunsEveryAudience()
    {
        var release = new TaskCompletionSource<RunSummary>();
        var reports = new FakeQuarterReports();
        reports.Run = (_, _) => reports.Runs.Count == 1 ? release.Task : Task.FromResult(new RunSummary(RunStatus.Published, "Published 2 document(s)."));
        await using var handler = await InProcessHandler.StartAsync(reports, Options(933) with { RunWait = TimeSpan.FromMilliseconds(50) });
        var onDemand = await handler.Client.PostAsync("/api/runs/933/2016-17-Q2?audience=essex", null);

        var timer = handler.Client.PostAsync("/QuarterlyRun", Payload("{}"));
        await Task.Delay(50);
        Assert.False(timer.IsCompleted);
        release.SetResult(new RunSummary(RunStatus.Published, "Published 1 document(s)."));
        var response = await timer;

        Assert.Equal(HttpStatusCode.Accepted, onDemand.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([["essex"], []], reports.Runs.Select(r => r.Audiences.ToArray()));
    }

    [Fact]
    public async Task QuarterlyRun_AnotherInstanceHoldsTheLease_FailsTheInvocationSayingTheQuarterWasNotReported()
    {
        var reports = new FakeQuarterReports
        {
            Run = (council, _) => Task.FromResult(council.Value == "933"
                ? new RunSummary(RunStatus.AlreadyRunning, "A run for council 933 2016/17 Q2 is already in progress.")
                : new RunSummary(RunStatus.Published, "Published.")),
        };
        await using var handler = await InProcessHandler.StartAsync(reports, Options(881, 933));

        var response = await handler.Client.PostAsync("/QuarterlyRun", Payload("{}"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, reply.RootElement.GetProperty("ReturnValue").GetProperty("Failed").GetInt32());
        Assert.Contains(reply.RootElement.GetProperty("Logs").EnumerateArray(), l => l.GetString()!.Contains("933") && l.GetString()!.Contains("not reported"));
    }
}
