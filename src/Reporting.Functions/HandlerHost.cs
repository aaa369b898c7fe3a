using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Reporting.Functions.Runs;
using Reporting.Pipeline.Storage;
using Reporting.Storage.Blob;

namespace Reporting.Functions;

/// <summary>
/// Starts the handler the way the Functions host expects: port from
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>, storage from the <c>ReportingStorage</c> connection
/// (falling back to <c>AzureWebJobsStorage</c>), options from app settings.
/// </summary>
public static class HandlerHost
{
    /// <summary>The connection setting for the reports' storage account, checked before AzureWebJobsStorage.</summary>
    public const string StorageSetting = "ReportingStorage";

    public const string HostStorageSetting = "AzureWebJobsStorage";

    public static async Task<int> RunAsync(Func<string, string?> settings, Func<IObjectStore, IQuarterReports> createReports)
    {
        var portText = settings("FUNCTIONS_CUSTOMHANDLER_PORT");
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            await Console.Error.WriteLineAsync($"FUNCTIONS_CUSTOMHANDLER_PORT is '{portText}': the Functions host sets it to the port to listen on. To run the handler by hand, set it (e.g. 7072) or use the CLI's serve command.");
            return 2;
        }

        IObjectStore store;
        HandlerOptions options;
        try
        {
            var connection = StorageConnection.FromSettings(StorageSetting, settings)
                ?? StorageConnection.FromSettings(HostStorageSetting, settings)
                ?? throw new InvalidOperationException($"No storage is configured: set {StorageSetting} (or {HostStorageSetting}) to a connection string, or {StorageSetting}__serviceUri to the account's blob endpoint for a managed identity.");
            store = new BlobObjectStore(connection);
            options = HandlerOptions.FromSettings(settings);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        var app = HandlerApp.Build(createReports(store), options, [$"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"]);
        await app.RunAsync();
        return 0;
    }
}
