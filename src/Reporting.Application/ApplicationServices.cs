using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Pipeline;
using Reporting.Pipeline.Queueing;
using Reporting.Pipeline.Storage;
using Reporting.Web.Reviews;

namespace Reporting.Application;

/// <summary>
/// The application's services for a host that provides an <see cref="IObjectStore"/> and an
/// <see cref="IRunQueue"/>: the pipeline's run (reviews linking into the service's pages), the
/// run states, the queue service and the quarter reads.
/// </summary>
public static class ApplicationServices
{
    public static IServiceCollection AddReportingApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IReviewLinks, ServiceLinks>();
        services.AddSingleton(s => PipelineComposition.CreateRun(s.GetRequiredService<IObjectStore>(), s.GetRequiredService<IReviewLinks>()));
        services.AddSingleton<RunStateStore>();
        services.AddSingleton<QueuedRuns>();
        services.TryAddSingleton(new UploadCheckSlots(UploadCheckSlots.DefaultCount, UploadCheckSlots.DefaultWait));
        services.AddSingleton(s => new QuarterReports(s.GetRequiredService<ReportRun>(), s.GetRequiredService<IObjectStore>(), s.GetRequiredService<RunStateStore>(), PipelineComposition.Sources, s.GetRequiredService<UploadCheckSlots>()));
        return services;
    }
}
