using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Reporting.Functions.Hosting;

/// <summary>
/// Application Insights for the worker, only when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is
/// set (locally and in tests it is not, and nothing is sent). With
/// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> (<c>ClientId=…;Authorization=AAD</c>) the worker
/// package signs in with the managed identity, so the resource can refuse key-only ingestion.
/// </summary>
public static class ReportingTelemetry
{
    /// <summary>The setting whose presence turns telemetry on.</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    private const string ApplicationInsightsLoggerProvider = "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    /// <summary>Adds the worker's Application Insights telemetry when its connection string is set.</summary>
    public static IServiceCollection AddReportingTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]))
        {
            return services;
        }

        services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();

        // The Application Insights logger provider keeps only warnings by default; the run's
        // stages and outcomes (council, period and run reference as properties) are Information.
        return services.Configure<LoggerFilterOptions>(options =>
        {
            if (options.Rules.FirstOrDefault(rule => rule.ProviderName == ApplicationInsightsLoggerProvider) is { } warningsOnly)
            {
                options.Rules.Remove(warningsOnly);
            }
        });
    }
}
