using System.Text.Json;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Functions;
using Reporting.Pipeline.Queueing;
using Reporting.Pipeline.Storage;
using static Reporting.Functions.Tests.AzuriteFunctionApp;

namespace Reporting.Functions.Tests.Functions;

/// <summary>
/// The whole chain against Azurite, function classes called as the host would call them: the timer
/// queues one ticket per council, the queue function publishes, the HTTP functions serve; retries,
/// the poison queue and concurrent starts as the host's queue and HTTP front would drive them.
/// </summary>
[Collection(AzuriteFunctionAppCollection.Name)]
[Trait("Lane", "Azurite")]
public sealed class QueueChainTests(AzuriteFunctionApp app)
{
    /// <summary>06:00 on 5 October 2017, the timer's firing after 2017/18 Q2 closed.</summary>
    private static readonly FixedTime AfterQ2Closed = new(new DateTimeOffset(2017, 10, 5, 6, 0, 0, TimeSpan.Zero));

    private static TimerInfo Timer => new() { ScheduleStatus = null, IsPastDue = false };

    private static async Task<JsonElement> StatusAsync(IServiceProvider services, string council, string period)
    {
        var request = Request(services, "GET", $"/api/reports/{council}/{period}/status");
        var (status, body, _) = await AnswerAsync(request, Admit(nameof(GetStatus), request, council, period) ?? await Function<GetStatus>(services).RunAsync(request, council, period));
        Assert.Equal(200, status);
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<(int Status, string Body)> StartAsync(IServiceProvider services, string council, string period, string query = "")
    {
        var request = Request(services, "POST", $"/api/runs/{council}/{period}{query}");
        var (status, body, _) = await AnswerAsync(request, Admit(nameof(StartRun), request, council, period) ?? await Function<StartRun>(services).RunAsync(request, council, period));
        return (status, body);
    }

    [Fact]
    public async Task TimerToQueueToHttp_TwoCouncils_OneTicketEachThenBothPublishedAndServedAndARedeliveryIsUnchanged()
    {
        await app.ClearQueueAsync();
        await using var services = app.Services(AfterQ2Closed);

        await Function<QuarterlyRun>(services).RunAsync(Timer, CancellationToken.None);
        var tickets = await app.ReceiveAllAsync();
        var queued = await StatusAsync(services, "934", "2017-18-Q2");
        foreach (var ticket in tickets)
        {
            await Function<RunQuarter>(services).RunAsync(ticket, CancellationToken.None);
        }

        var published = await StatusAsync(services, "934", "2017-18-Q2");
        var documentRequest = Request(services, "GET", "/api/reports/934/2017-18-Q2/documents/dfe");
        var (documentStatus, document, documentResponse) = await AnswerAsync(documentRequest, Admit(nameof(GetDocument), documentRequest, "934", "2017-18-Q2") ?? await Function<GetDocument>(services).RunAsync(documentRequest, "934", "2017-18-Q2", "dfe"));
        var redelivered = RunTicket.Parse(tickets[0].MessageText).Request!.Council.ToString();
        var beforeRedelivery = await StatusAsync(services, redelivered, "2017-18-Q2");
        await Function<RunQuarter>(services).RunAsync(Redelivered(tickets[0], 2), CancellationToken.None);
        var afterRedelivery = await StatusAsync(services, redelivered, "2017-18-Q2");

        Assert.Equal(["933", "934"], tickets.Select(t => RunTicket.Parse(t.MessageText).Ticket!.Council).Order());
        Assert.All(tickets, t => Assert.Equal("2017-18-Q2", RunTicket.Parse(t.MessageText).Ticket!.Period));
        Assert.Equal("queued", queued.GetProperty("lastRun").GetProperty("state").GetString());
        Assert.Equal("timer", queued.GetProperty("lastRun").GetProperty("origin").GetString());
        Assert.False(queued.GetProperty("published").ValueKind == JsonValueKind.Object, "the timer itself rendered nothing");
        Assert.Equal("published", published.GetProperty("state").GetString());
        Assert.Contains("/api/reports/934/2017-18-Q2/documents/essex", published.GetProperty("published").GetProperty("documents").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(200, documentStatus);
        Assert.Equal("application/pdf", documentResponse.ContentType);
        Assert.StartsWith("%PDF-", document, StringComparison.Ordinal);
        Assert.Equal("unchanged", afterRedelivery.GetProperty("lastRun").GetProperty("state").GetString());
        Assert.Equal(beforeRedelivery.GetProperty("published").GetProperty("finishedAt").GetString(), afterRedelivery.GetProperty("published").GetProperty("finishedAt").GetString());
    }

    [Fact]
    public async Task StartRun_TenConcurrentRequests_OneQueuedNineRefusedAndOneRender()
    {
        await app.ClearQueueAsync();
        await using var services = app.Services();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => StartAsync(services, "933", "2016-17-Q1", "?force=true")));
        var tickets = await app.ReceiveAllAsync();
        await Function<RunQuarter>(services).RunAsync(Assert.Single(tickets), CancellationToken.None);
        var status = await StatusAsync(services, "933", "2016-17-Q1");

        Assert.Equal(1, answers.Count(a => a.Status == 202));
        Assert.Equal(9, answers.Count(a => a.Status == 409));
        Assert.All(answers.Where(a => a.Status == 409), a => Assert.Contains("already queued", a.Body));
        Assert.Equal("published", status.GetProperty("lastRun").GetProperty("state").GetString());
    }

    [Fact]
    public async Task StartRun_InputsUnchangedSinceThePublication_200AtOnceAndNothingQueued()
    {
        await app.ClearQueueAsync();
        await using var services = app.Services();
        var first = await StartAsync(services, "933", "2016-17-Q2");
        await Function<RunQuarter>(services).RunAsync(Assert.Single(await app.ReceiveAllAsync()), CancellationToken.None);

        var again = await StartAsync(services, "933", "2016-17-Q2");
        var queuedAfter = await app.ReceiveAllAsync();

        Assert.Equal(202, first.Status);
        Assert.Equal(200, again.Status);
        var body = JsonDocument.Parse(again.Body).RootElement;
        Assert.Equal("unchanged", body.GetProperty("status").GetString());
        Assert.Contains("/api/reports/933/2016-17-Q2/documents/dfe", body.GetProperty("documents").EnumerateArray().Select(d => d.GetString()));
        Assert.Empty(queuedAfter);
    }

    [Theory]
    [InlineData("935", "2016-17-Q2", "", 404, "No files have been uploaded for council 935")]
    [InlineData("933", "2016-17-Q2", "?audience=minister", 400, "There is no audience 'minister'")]
    public async Task StartRun_NothingToRunOrUnknownAudience_AnsweredAtOnceWithoutQueueing(string council, string period, string query, int expected, string says)
    {
        await app.ClearQueueAsync();
        await using var services = app.Services();

        var (status, body) = await StartAsync(services, council, period, query);

        Assert.Equal(expected, status);
        Assert.Contains(says, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
        Assert.Empty(await app.ReceiveAllAsync());
    }

    [Fact]
    public async Task RunQuarter_AnotherRunHoldsTheQuarterOnEveryTry_PoisonedTicketLeavesAFailedStatusSayingWhy()
    {
        await app.ClearQueueAsync();
        await using var services = app.Services();
        var store = (IObjectStore)services.GetService(typeof(IObjectStore))!;
        await StartAsync(services, "933", "2016-17-Q4", "?force=true");
        var ticket = Assert.Single(await app.ReceiveAllAsync());
        var held = await store.TryAcquireLeaseAsync(StoreLayout.ReportsContainer, StoreLayout.RunLock(CouncilCode.From(933), FinancialQuarter.From("2016-17-Q4")), TimeSpan.FromSeconds(60));

        for (var attempt = 1; attempt <= RunQueueNames.MaxAttempts; attempt++)
        {
            await Assert.ThrowsAsync<RunDeferredException>(() => Function<RunQuarter>(services).RunAsync(Redelivered(ticket, attempt), CancellationToken.None));
        }

        var retrying = await StatusAsync(services, "933", "2016-17-Q4");
        await held!.DisposeAsync();
        await Function<RunQuarterPoison>(services).RunAsync(Redelivered(ticket, 1), CancellationToken.None);
        var failed = await StatusAsync(services, "933", "2016-17-Q4");

        Assert.Equal("retrying", retrying.GetProperty("lastRun").GetProperty("state").GetString());
        Assert.Equal("failed", failed.GetProperty("state").GetString());
        var message = failed.GetProperty("lastRun").GetProperty("message").GetString();
        Assert.Contains($"tried {RunQueueNames.MaxAttempts} times", message);
        Assert.Contains("Another run of this quarter held it", message);
        Assert.Contains("previous publication is unchanged", message);
    }

    [Fact]
    public async Task TimerThenStartRun_IncompleteQuarter_WithheldOnTheTimerPathAndPublishedOnlyWithTheJsonConfirmation()
    {
        await app.ClearQueueAsync();
        await using var services = app.Services(new FixedTime(new DateTimeOffset(2018, 7, 5, 6, 0, 0, TimeSpan.Zero)));
        var store = (IObjectStore)services.GetService(typeof(IObjectStore))!;
        var vacancies = (await store.GetAsync(StoreLayout.MetricsContainer, "933/2017-18-Q2/vacancies.csv"))!.Content;
        await store.PutAsync(StoreLayout.MetricsContainer, "933/2018-19-Q1/vacancies.csv", vacancies, WriteCondition.None, "text/csv");

        await Function<QuarterlyRun>(services).RunAsync(Timer, CancellationToken.None);
        foreach (var ticket in await app.ReceiveAllAsync())
        {
            await Function<RunQuarter>(services).RunAsync(ticket, CancellationToken.None);
        }

        var afterTimer = await StatusAsync(services, "933", "2018-19-Q1");
        var unconfirmed = await StartAsync(services, "933", "2018-19-Q1");
        await Function<RunQuarter>(services).RunAsync(Assert.Single(await app.ReceiveAllAsync()), CancellationToken.None);
        var afterUnconfirmed = await StatusAsync(services, "933", "2018-19-Q1");
        var request = Request(services, "POST", "/api/runs/933/2018-19-Q1", body: """{"publishIncomplete": true}"""u8.ToArray());
        var (confirmed, _, _) = await AnswerAsync(request, Admit(nameof(StartRun), request, "933", "2018-19-Q1") ?? await Function<StartRun>(services).RunAsync(request, "933", "2018-19-Q1"));
        await Function<RunQuarter>(services).RunAsync(Assert.Single(await app.ReceiveAllAsync()), CancellationToken.None);
        var published = await StatusAsync(services, "933", "2018-19-Q1");

        Assert.Equal("incomplete", afterTimer.GetProperty("state").GetString());
        Assert.Equal("timer", afterTimer.GetProperty("lastRun").GetProperty("origin").GetString());
        Assert.Contains("commentary.md", afterTimer.GetProperty("lastRun").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, afterTimer.GetProperty("published").ValueKind);
        Assert.Equal(202, unconfirmed.Status);
        Assert.Equal("incomplete", afterUnconfirmed.GetProperty("state").GetString());
        Assert.Equal(202, confirmed);
        Assert.Equal("published", published.GetProperty("state").GetString());
        Assert.Contains("Published incomplete, as confirmed", published.GetProperty("lastRun").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStatus_AfterAReuploadWithOtherContent_IsOutOfDateSayingWhatChanged()
    {
        await app.ClearQueueAsync();
        await using var services = app.Services();
        var store = (IObjectStore)services.GetService(typeof(IObjectStore))!;
        await StartAsync(services, "933", "2016-17-Q3", "?audience=dfe&force=true");
        await Function<RunQuarter>(services).RunAsync(Assert.Single(await app.ReceiveAllAsync()), CancellationToken.None);
        var published = await StatusAsync(services, "933", "2016-17-Q3");
        var measures = (await store.GetAsync(StoreLayout.MetricsContainer, "933/2016-17-Q3/measures.csv"))!.Content;
        await store.PutAsync(StoreLayout.MetricsContainer, "933/2016-17-Q3/measures.csv", measures.Concat("early-help-assessments,,333,,,\n"u8.ToArray()).ToArray(), WriteCondition.None, "text/csv");

        var outOfDate = await StatusAsync(services, "933", "2016-17-Q3");

        Assert.Equal("published", published.GetProperty("state").GetString());
        Assert.Equal("out-of-date", outOfDate.GetProperty("state").GetString());
        Assert.Equal(["2016-17-Q3/measures.csv was uploaded again with other content"], outOfDate.GetProperty("changesSincePublished").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("no longer matches its inputs", outOfDate.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunQuarter_MessageThatIsNotATicket_IgnoredWithoutARetry()
    {
        await using var services = app.Services();
        var garbage = QueuesModelFactory.QueueMessage("m1", "p1", BinaryData.FromString("{\"council\":\"../../x\"}"), 1);

        var thrown = await Record.ExceptionAsync(() => Function<RunQuarter>(services).RunAsync(garbage, CancellationToken.None));

        Assert.Null(thrown);
    }
}
