using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reporting.Pipeline.Queueing;

namespace Reporting.Functions.Functions;

/// <summary>
/// Reads the poison queue (<c>report-runs-poison</c>), where the host moves a run that failed every
/// try: records the quarter's run as failed, with the last error, so its status says so plainly.
/// </summary>
public sealed class RunQuarterPoison(QueuedRuns runs, ILogger<RunQuarterPoison> log)
{
    [Function(nameof(RunQuarterPoison))]
    public async Task RunAsync([QueueTrigger(RunQueueNames.Poison)] QueueMessage message, CancellationToken cancellationToken)
    {
        if (RunQuarter.Ticket(message, log) is not (var ticket, var request))
        {
            return;
        }

        var state = await runs.GiveUpAsync(ticket, request, cancellationToken).ConfigureAwait(false);
        log.LogError("Run {Reference} for {Council} {Period} given up after {MaxAttempts} tries: {Message}", ticket.Reference, ticket.Council, ticket.Period, RunQueueNames.MaxAttempts, state?.Message);
    }
}
