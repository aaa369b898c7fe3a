using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reporting.Pipeline.Queueing;

namespace Reporting.Functions.Functions;

/// <summary>
/// The queue function: one council-quarter from the <c>report-runs</c> queue through the pipeline.
/// A failed try throws, so the host makes the message visible again and, after host.json's
/// <c>maxDequeueCount</c> tries, moves it to the poison queue (<see cref="RunQuarterPoison"/>).
/// A redelivered ticket whose inputs are unchanged ends "unchanged", rendering nothing.
/// </summary>
public sealed class RunQuarter(QueuedRuns runs, ILogger<RunQuarter> log)
{
    [Function(nameof(RunQuarter))]
    public async Task RunAsync([QueueTrigger(RunQueueNames.Runs)] QueueMessage message, CancellationToken cancellationToken)
    {
        if (Ticket(message, log) is not (var ticket, var request))
        {
            return;
        }

        var attempt = (int)Math.Max(1, message.DequeueCount);
        using var scope = log.BeginScope(new Dictionary<string, object> { ["Council"] = ticket.Council, ["Period"] = ticket.Period, ["RunReference"] = ticket.Reference });
        log.LogInformation("Run {Reference} for {Council} {Period} starting (attempt {Attempt} of {MaxAttempts}, queued by {Origin})", ticket.Reference, ticket.Council, ticket.Period, attempt, RunQueueNames.MaxAttempts, ticket.Origin);
        try
        {
            var result = await runs.ExecuteAsync(ticket, request, attempt, new StageLog(log, ticket), cancellationToken).ConfigureAwait(false);
            log.LogInformation("Run {Reference} for {Council} {Period} ended {Outcome}: {Message}", ticket.Reference, ticket.Council, ticket.Period, result.Outcome, result.Message);
        }
        catch (RunDeferredException deferred)
        {
            log.LogWarning("Run {Reference} for {Council} {Period} deferred (attempt {Attempt}): {Message}", ticket.Reference, ticket.Council, ticket.Period, attempt, deferred.Message);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Run {Reference} for {Council} {Period} failed (attempt {Attempt} of {MaxAttempts}); the previous publication is unchanged", ticket.Reference, ticket.Council, ticket.Period, attempt, RunQueueNames.MaxAttempts);
            throw;
        }
    }

    /// <summary>
    /// Logs each pipeline stage (collect, validate, aggregate, compose, render, publish) as the run
    /// reaches it, with council, period and stage as properties. Synchronous, unlike
    /// <see cref="Progress{T}"/>, so the lines keep their order and stay inside the run's scope.
    /// </summary>
    private sealed class StageLog(ILogger log, RunTicket ticket) : IProgress<Pipeline.RunProgress>
    {
        public void Report(Pipeline.RunProgress value) =>
            log.LogInformation("Run {Reference} for {Council} {Period}: {Stage} {Detail}", ticket.Reference, ticket.Council, ticket.Period, value.Stage, value.Detail);
    }

    /// <summary>The message's ticket and request; null, logged, when it is not a ticket (nothing to retry or record: this app did not write it).</summary>
    internal static (RunTicket Ticket, Pipeline.RunRequest Request)? Ticket(QueueMessage message, ILogger log)
    {
        var (ticket, request, problem) = RunTicket.Parse(message.MessageText);
        if (ticket is null || request is null)
        {
            log.LogError("Queue message {MessageId} ignored: {Problem}", message.MessageId, problem);
            return null;
        }

        return (ticket, request);
    }
}
