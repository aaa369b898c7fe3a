using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.Application;
using Reporting.Application.Runs;
using Reporting.Application.Settings;
using Reporting.Functions.Pages;
using Reporting.Pipeline.Queueing;
using Reporting.Pipeline.Storage;
using Reporting.Storage.Blob;
using Reporting.Storage.Queue;
using Reporting.Web;
using Reporting.Web.Assets;

namespace Reporting.Functions.Hosting;

/// <summary>
/// The services every host of the functions registers: the application's (<see cref="ApplicationServices"/>)
/// over whichever <see cref="IObjectStore"/> and <see cref="IRunQueue"/> the host provides, and the
/// pages; and, for
/// the function app, Blob Storage and the run queue through the Azure SDK clients registered with
/// <c>AddAzureClients</c> from Functions-style connection settings.
/// </summary>
public static class ReportingServices
{
    /// <summary>The connection for reports and uploads, checked before <see cref="HostStorageSetting"/>.</summary>
    public const string StorageSetting = "ReportingStorage";

    /// <summary>The host's own storage: its timer locks, and the run queue the queue trigger reads.</summary>
    public const string HostStorageSetting = "AzureWebJobsStorage";

    /// <summary>The function app's services, from its app settings (read through <paramref name="configuration"/>, where <c>A__B</c> is <c>A:B</c>).</summary>
    public static IServiceCollection AddReportingFunctionApp(this IServiceCollection services, IConfiguration configuration)
    {
        var setting = FunctionOptions.SettingsFrom(configuration);
        var host = StorageConnection.FromSettings(HostStorageSetting, setting)
            ?? throw new InvalidOperationException($"No storage is configured: set {HostStorageSetting} to a connection string (UseDevelopmentStorage=true for Azurite), or {HostStorageSetting}__accountName (or __blobServiceUri and __queueServiceUri) for a managed identity.");
        var reports = StorageConnection.FromSettings(StorageSetting, setting) ?? host;
        services.AddAzureClients(clients =>
        {
            clients.AddClient<BlobServiceClient, BlobClientOptions>((BlobClientOptions _, IServiceProvider s) => reports.CreateBlobServiceClient(BlobOptions(s.GetRequiredService<FunctionOptions>().StorageServiceVersion)));
            clients.AddClient<QueueServiceClient, QueueClientOptions>((QueueClientOptions _, IServiceProvider s) => host.CreateQueueServiceClient(QueueOptions(s.GetRequiredService<FunctionOptions>().StorageServiceVersion)));
        });
        services.AddSingleton<IObjectStore>(s => new BlobObjectStore(s.GetRequiredService<BlobServiceClient>()));
        services.AddSingleton<IRunQueue>(s => new StorageRunQueue(s.GetRequiredService<QueueServiceClient>().GetQueueClient(RunQueueNames.Runs)));
        return services.AddReportingOptions(configuration).AddReportingPipeline();
    }

    /// <summary>
    /// The <c>Reporting</c> settings bound from <paramref name="configuration"/> by the options pattern and
    /// validated at start (<see cref="ReportingSettingsValidation"/>), and what they mean
    /// (<see cref="FunctionOptions"/>), as <paramref name="adjust"/> leaves them (serve shows the pages without sign-in).
    /// </summary>
    public static IServiceCollection AddReportingOptions(this IServiceCollection services, IConfiguration configuration, Func<FunctionOptions, FunctionOptions>? adjust = null)
    {
        services.AddOptions<ReportingSettings>().Bind(configuration.GetSection(ReportingSettings.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportingSettings>>(new ReportingSettingsValidation(configuration));
        services.AddSingleton(s =>
        {
            var options = FunctionOptions.From(s.GetRequiredService<IOptions<ReportingSettings>>().Value, configuration);
            return adjust is null ? options : adjust(options);
        });
        return services;
    }

    /// <summary>The pipeline's services over the registered <see cref="IObjectStore"/>, <see cref="IRunQueue"/> and <see cref="FunctionOptions"/>.</summary>
    public static IServiceCollection AddReportingPipeline(this IServiceCollection services)
    {
        // Before the application's own default, which it then leaves alone.
        services.AddSingleton(s => new UploadCheckSlots(s.GetRequiredService<FunctionOptions>().MaxConcurrentChecks, UploadCheckSlots.DefaultWait));
        services.AddReportingApplication();
        services.AddSingleton<Functions.PublishedFiles>();
        services.AddSingleton(_ => FrontendAssets.Load(AppContext.BaseDirectory));
        services.AddSingleton(s => new PageRenderer(s, s.GetService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        services.AddSingleton<PageAdmission>();
        services.AddSingleton<QuartersPageHandler>();
        services.AddSingleton<QuarterPageHandler>();
        services.AddSingleton<RunNowHandler>();
        services.AddSingleton<ReviewPageHandler>();
        services.AddSingleton<UploadPageHandler>();
        return services;
    }

    /// <summary>Blob client options: the Storage REST version <paramref name="version"/> (e.g. "2025-11-05") when given, else the SDK's newest.</summary>
    public static BlobClientOptions BlobOptions(string? version)
    {
        var options = version is null ? new BlobClientOptions() : new BlobClientOptions(Version<BlobClientOptions.ServiceVersion>(version));
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return options;
    }

    /// <summary>Queue client options: Base64 messages (what the queue trigger reads) and the REST version when given.</summary>
    public static QueueClientOptions QueueOptions(string? version)
    {
        var options = version is null ? new QueueClientOptions() : new QueueClientOptions(Version<QueueClientOptions.ServiceVersion>(version));
        options.MessageEncoding = QueueMessageEncoding.Base64;
        return options;
    }

    private static T Version<T>(string version)
        where T : struct, Enum =>
        Enum.TryParse<T>("V" + version.Replace('-', '_'), out var parsed)
            ? parsed
            : throw new InvalidOperationException($"App setting Reporting__StorageServiceVersion is '{version}', which this build's Storage SDK does not know. Use one of: {string.Join(", ", Enum.GetNames<T>().TakeLast(3).Select(n => n[1..].Replace('_', '-')))}.");
}
