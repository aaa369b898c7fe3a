using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Reporting.Application.Runs;
using Reporting.Functions.Http;
using Reporting.Pipeline.Storage;

namespace Reporting.Functions.Tests.Hosting;

public sealed class FailureAnswersTests
{
    private static async Task<(int Status, JsonElement Body)> AnswerAsync(Exception failure)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(), TraceIdentifier = "0HN7:00000001" };
        context.Request.Method = "GET";
        context.Request.Path = "/api/reports/933/2016-17-Q2/documents/dfe";
        context.Response.Body = new MemoryStream();

        await FailureAnswers.For(failure, context, NullLogger.Instance).ExecuteAsync(context);

        return (context.Response.StatusCode, JsonDocument.Parse(((MemoryStream)context.Response.Body).ToArray()).RootElement);
    }

    [Fact]
    public async Task For_UnexpectedFailure_500WithTheRequestIdAndNoInternalDetail()
    {
        var (status, body) = await AnswerAsync(new InvalidOperationException("Sequence contains no elements at /home/site/wwwroot/Reporting.Functions.dll"));

        Assert.Equal(500, status);
        Assert.Equal("0HN7:00000001", body.GetProperty("requestId").GetString());
        Assert.Contains("0HN7:00000001", body.GetProperty("detail").GetString());
        Assert.DoesNotContain("/home/site", body.ToString());
    }

    [Fact]
    public async Task For_UnexpectedFailureOnAPage_500GovukPageWithTheRequestIdAndNoStackTrace()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider(), TraceIdentifier = "0HN7:00000002" };
        context.Request.Method = "GET";
        context.Request.Path = "/api/service/933/2016-17-Q2";
        context.Response.Body = new MemoryStream();

        await FailureAnswers.For(new InvalidOperationException("Sequence contains no elements at /home/site/wwwroot/Reporting.Functions.dll"), context, NullLogger.Instance).ExecuteAsync(context);
        var html = System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

        Assert.Equal(500, context.Response.StatusCode);
        Assert.StartsWith("text/html", context.Response.ContentType);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Sorry, there is a problem with the service</h1>", html);
        Assert.Contains(">0HN7:00000002</strong>", html);
        Assert.DoesNotContain("/home/site", html);
        Assert.DoesNotContain("Sequence contains", html);
    }

    [Fact]
    public async Task For_StoreFailureWrappedByTheWorker_503WithTheStoresMessageNamingTheBlob()
    {
        var store = new StoreException("read", "reports", "933/2016-17-Q2/manifest.json", "the blob service did not answer, even after retries.");

        var (status, body) = await AnswerAsync(new AggregateException(store));

        Assert.Equal(503, status);
        Assert.Contains("Could not read 'reports/933/2016-17-Q2/manifest.json'", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task For_PageRequestPastItsTimeBudget_503GovukPageSayingItTookTooLong()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider(), TraceIdentifier = "0HN7:00000003" };
        context.Request.Method = "POST";
        context.Request.Path = "/api/service/933/2016-17-Q2/files";
        context.Response.Body = new MemoryStream();
        var late = await Assert.ThrowsAsync<RequestTimeBudgetExceededException>(() =>
            RequestTimeBudget.RunWithinAsync(context, TimeSpan.FromMilliseconds(10), () => Task.Delay(Timeout.Infinite, context.RequestAborted)));

        await FailureAnswers.For(late, context, NullLogger.Instance).ExecuteAsync(context);
        var html = System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

        Assert.Equal(503, context.Response.StatusCode);
        Assert.Contains("took too long", html);
        Assert.Contains("check the quarter&#x27;s page to see which were stored", html);
        Assert.False(context.RequestAborted.IsCancellationRequested);
    }

    [Fact]
    public async Task For_EveryUploadCheckSlotTaken_503WithRetryAfter()
    {
        var slots = new UploadCheckSlots(1, TimeSpan.Zero);
        using var taken = await slots.TakeAsync(CancellationToken.None);
        var busy = await Assert.ThrowsAsync<UploadChecksBusyException>(() => slots.TakeAsync(CancellationToken.None));
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(), TraceIdentifier = "0HN7:00000003" };
        context.Request.Method = "POST";
        context.Request.Path = "/api/validate/933/2016-17-Q2/cin.xml";
        context.Response.Body = new MemoryStream();

        await FailureAnswers.For(new AggregateException(busy), context, NullLogger.Instance).ExecuteAsync(context);
        var body = JsonDocument.Parse(((MemoryStream)context.Response.Body).ToArray()).RootElement;

        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("1", context.Response.Headers.RetryAfter.ToString());
        Assert.Contains("1 files are being checked already", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task For_RouteValueHoldingAScript_ProblemDetailDoesNotCarryIt()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(), TraceIdentifier = "0HN7:00000004" };
        context.Request.Method = "GET";
        context.Request.Path = "/api/reports/<script>alert(1)</script>/status";
        context.Response.Body = new MemoryStream();

        await FailureAnswers.For(new InvalidOperationException("boom"), context, NullLogger.Instance).ExecuteAsync(context);
        var detail = JsonDocument.Parse(((MemoryStream)context.Response.Body).ToArray()).RootElement.GetProperty("detail").GetString();

        Assert.DoesNotContain("<script>", detail, StringComparison.OrdinalIgnoreCase);
    }
}
