using System.Reflection;
using System.Text.Json;
using Reporting.Application.Routes;
using Reporting.Functions.Http;
using Reporting.Pipeline.Queueing;
using Reporting.Testing;

namespace Reporting.Functions.Tests.Hosting;

/// <summary>
/// What the Functions host will index: the <c>functions.metadata</c> the worker SDK generated at
/// build, read back from the function app's build output, and the settings files the app ships.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly string Output = Path.Combine(
        RepositoryLayout.Root, "src", "Reporting.Functions", "bin",
        typeof(FunctionsMetadataTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration, "net10.0");

    private static JsonElement Read(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    private static Dictionary<string, JsonElement> Functions() =>
        Read(Path.Combine(Output, "functions.metadata")).EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);

    private static JsonElement Trigger(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("direction").GetString() == "In");

    [Fact]
    public void Metadata_EveryFunction_IsDeclaredAndNothingElse()
    {
        Assert.Equal(
            ["BreakRunLock", "DownloadReview", "GetDocument", "GetIndicators", "GetManifest", "GetPageAsset", "GetStatus", "QuarterlyRun", "RunNow", "RunQuarter", "RunQuarterPoison", "ShowQuarter", "ShowQuarters", "ShowReview", "StartRun", "UploadFiles", "ValidateUpload"],
            Functions().Keys.Order(StringComparer.Ordinal));
        Assert.All(Functions().Values, f => Assert.Equal("dotnet-isolated", f.GetProperty("language").GetString()));
    }

    [Theory]
    [InlineData("StartRun", "post", "runs/{council}/{period}")]
    [InlineData("BreakRunLock", "delete", "runs/{council}/{period}/lock")]
    [InlineData("GetStatus", "get", "reports/{council}/{period}/status")]
    [InlineData("GetManifest", "get,head", "reports/{council}/{period}/manifest")]
    [InlineData("GetIndicators", "get,head", "reports/{council}/{period}/indicators")]
    [InlineData("GetDocument", "get,head", "reports/{council}/{period}/documents/{audience}")]
    [InlineData("ValidateUpload", "post", "validate/{council}/{period}/{*file}")]
    public void Metadata_HttpFunction_HasItsRouteMethodsAndFunctionKeyLevel(string name, string method, string route)
    {
        var function = Functions()[name];
        var trigger = Trigger(function);

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(method.Split(','), trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Function", trigger.GetProperty("authLevel").GetString());
        Assert.Contains(function.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "Out");
    }

    [Theory]
    [InlineData("ShowQuarters", "get", "service")]
    [InlineData("ShowQuarter", "get", "service/{council:int}/{period}")]
    [InlineData("UploadFiles", "post", "service/{council:int}/{period}/files")]
    [InlineData("RunNow", "post", "service/{council:int}/{period}/runs")]
    [InlineData("DownloadReview", "get", "service/{council:int}/{period}/documents/{audience}")]
    [InlineData("ShowReview", "get", "service/{council:int}/{period}/reviews/{audience}")]
    [InlineData("GetPageAsset", "get,head", "service/assets/{*asset}")]
    public void Metadata_PageFunction_IsAnonymousBehindAppServiceAuthentication(string name, string method, string route)
    {
        var trigger = Trigger(Functions()[name]);

        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(method.Split(','), trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void Output_GovukFrontend_IsInTheFunctionAppBuild() =>
        Assert.True(File.Exists(Path.Combine(Output, "govuk-frontend", "govuk-frontend.min.css")), "the build copies govuk-frontend's dist into the output (and the package)");

    [Fact]
    public void Metadata_Timer_ReadsItsScheduleFromTheQuarterlyScheduleSetting()
    {
        var trigger = Trigger(Functions()["QuarterlyRun"]);

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%QuarterlySchedule%", trigger.GetProperty("schedule").GetString());
        Assert.True(Read(Path.Combine(AppContext.BaseDirectory, "local.settings.example.json")).GetProperty("Values").TryGetProperty("QuarterlySchedule", out _));
    }

    [Theory]
    [InlineData("RunQuarter", "report-runs")]
    [InlineData("RunQuarterPoison", "report-runs-poison")]
    public void Metadata_QueueFunctions_ReadTheRunQueueAndItsPoisonQueueFromTheHostStorage(string name, string queue)
    {
        var trigger = Trigger(Functions()[name]);

        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(queue, trigger.GetProperty("queueName").GetString());
        Assert.False(trigger.TryGetProperty("connection", out _), "no connection named: the host's AzureWebJobsStorage");
    }

    [Fact]
    public void HostJson_TheOneShipped_SetsTheRoutePrefixAndTheQueueRetriesTheCodeCountsOn()
    {
        var shipped = Read(Path.Combine(Output, "host.json"));
        var queues = shipped.GetProperty("extensions").GetProperty("queues");

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryLayout.Root, "host.json")), File.ReadAllText(Path.Combine(Output, "host.json")));
        Assert.Equal(ApiRoutes.Prefix, shipped.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.Equal(RunQueueNames.MaxAttempts, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
        Assert.False(shipped.TryGetProperty("customHandler", out _));
        Assert.True(TimeSpan.Parse(queues.GetProperty("maxPollingInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture) <= TimeSpan.FromSeconds(5), "an on-demand run is picked up within seconds");
    }

    [Fact]
    public void WorkerConfig_AndLocalSettings_DeclareTheIsolatedWorker()
    {
        var worker = Read(Path.Combine(Output, "worker.config.json")).GetProperty("description");

        Assert.Equal("dotnet-isolated", worker.GetProperty("language").GetString());
        Assert.Equal("Reporting.Functions.dll", worker.GetProperty("defaultWorkerPath").GetString());
        Assert.Equal("dotnet-isolated", Read(Path.Combine(AppContext.BaseDirectory, "local.settings.example.json")).GetProperty("Values").GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
    }
}
