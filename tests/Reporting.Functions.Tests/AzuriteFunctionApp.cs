using System.Text;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Functions.Hosting;
using Reporting.Pipeline.Queueing;
using Reporting.SampleData;
using Reporting.Testing;

namespace Reporting.Functions.Tests;

/// <summary>
/// The function app's services as its Program registers them, against a real Azurite (blob and
/// queue) holding the sample data set, uploaded by an ordinary Blob client for council 933 and,
/// as a second council, a copy for 934. Function classes are made as the worker makes them;
/// HTTP functions are called with a <see cref="DefaultHttpContext"/>.
/// </summary>
public sealed class AzuriteFunctionApp : IAsyncLifetime
{
    public const int SecondCouncil = 934;

    private AzuriteServer? _azurite;

    public AzuriteServer Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started.");

    /// <summary>The run queue, read as the host's queue trigger reads it (Base64).</summary>
    public QueueClient RunQueue => Azurite.QueueService().GetQueueClient(RunQueueNames.Runs);

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        var metrics = Azurite.BlobService().GetBlobContainerClient("metrics");
        await metrics.CreateIfNotExistsAsync();
        foreach (var file in SampleDataSet.Files().Where(f => f.Container == "metrics"))
        {
            await metrics.UploadBlobAsync(file.Name, new BinaryData(file.Content));
            await metrics.UploadBlobAsync($"{SecondCouncil}/" + file.Name[(file.Name.IndexOf('/', StringComparison.Ordinal) + 1)..], new BinaryData(file.Content));
        }
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    /// <summary>The app's services from Functions-style settings (<c>A__B</c> names), over this Azurite; <paramref name="time"/> replaces the clock.</summary>
    public ServiceProvider Services(TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            ["Reporting__StorageServiceVersion"] = AzuriteServer.ServiceVersion,
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            values[name] = value;
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key.Replace("__", ":", StringComparison.Ordinal), v.Value)))
            .Build();
        var services = new ServiceCollection().AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddReportingFunctionApp(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>A function class, made as the worker makes it (constructor injection).</summary>
    public static T Function<T>(IServiceProvider services) => ActivatorUtilities.CreateInstance<T>(services);

    /// <summary>
    /// Admits <paramref name="request"/> for the HTTP function named <paramref name="function"/> with
    /// these route values, as the worker's admission middleware does before the function runs: null
    /// when admitted, otherwise the answer given instead.
    /// </summary>
    public static IResult? Admit(string function, HttpRequest request, string council, string period) =>
        Admission.Admit(
            HttpFunction.ByName[function],
            request.HttpContext,
            request.HttpContext.RequestServices.GetRequiredService<FunctionOptions>(),
            name => name switch { "council" => council, "period" => period, _ => null });

    /// <summary>Takes every message now in the run queue, as the trigger would receive them (dequeue count 1).</summary>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveAllAsync()
    {
        var received = new List<QueueMessage>();
        while (true)
        {
            var batch = (await RunQueue.ReceiveMessagesAsync(maxMessages: 32, visibilityTimeout: TimeSpan.FromMinutes(5))).Value;
            if (batch.Length == 0)
            {
                return received;
            }

            received.AddRange(batch);
        }
    }

    /// <summary>Empties the run queue (tests share it).</summary>
    public async Task ClearQueueAsync()
    {
        await RunQueue.CreateIfNotExistsAsync();
        await RunQueue.ClearMessagesAsync();
    }

    /// <summary>The same ticket delivered again, as the host would after a failed try.</summary>
    public static QueueMessage Redelivered(QueueMessage message, long dequeueCount) =>
        QueuesModelFactory.QueueMessage(message.MessageId, message.PopReceipt, message.Body, dequeueCount);

    /// <summary>An HTTP request for a function, with the app's services behind it and a body to read the answer from.</summary>
    public static HttpRequest Request(IServiceProvider services, string method, string path, string? principal = null, byte[]? body = null)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        var question = path.IndexOf('?', StringComparison.Ordinal);
        context.Request.Method = method;
        context.Request.Path = question < 0 ? path : path[..question];
        context.Request.QueryString = question < 0 ? QueryString.Empty : new QueryString(path[question..]);
        if (principal is not null)
        {
            context.Request.Headers[Authorisation.ClientPrincipal.HeaderName] = principal;
        }

        context.Request.Body = new MemoryStream(body ?? []);
        context.Request.ContentLength = body?.Length;
        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    /// <summary>Writes a function's answer as the ASP.NET Core integration would; returns the status and body.</summary>
    public static async Task<(int Status, string Body, HttpResponse Response)> AnswerAsync(HttpRequest request, IResult result)
    {
        await result.ExecuteAsync(request.HttpContext);
        var body = (MemoryStream)request.HttpContext.Response.Body;
        return (request.HttpContext.Response.StatusCode, Encoding.UTF8.GetString(body.ToArray()), request.HttpContext.Response);
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteFunctionAppCollection : ICollectionFixture<AzuriteFunctionApp>
{
    public const string Name = "Function app on Azurite";
}
