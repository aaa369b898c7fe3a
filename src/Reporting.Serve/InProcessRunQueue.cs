using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reporting.Pipeline.Batches;
using Reporting.Pipeline.Queueing;

namespace Reporting.Serve;

/// <summary>
/// The run queue of the local <c>serve</c>, standing in for the Storage queue and the host's queue
/// trigger: tickets wait in memory and as many workers as a batch runs councils at once
/// (<see cref="CouncilBatch.RunsPerCore"/>: one per core) take them, each
/// through <see cref="QueuedRuns.ExecuteAsync"/> with the same tries as host.json allows
/// (<see cref="RunQueueNames.MaxAttempts"/>) and the same give-up. Tickets are lost when serve stops.
/// </summary>
internal sealed class InProcessRunQueue(IServiceProvider services, ILogger<InProcessRunQueue> log) : BackgroundService, IRunQueue
{
    private readonly Channel<RunTicket> _tickets = Channel.CreateUnbounded<RunTicket>();

    /// <summary>How long a failed try waits before the next (the host waits for the message's visibility timeout).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    public string Description => "in-process queue";

    public Task EnqueueAsync(RunTicket ticket, CancellationToken cancellationToken = default) =>
        _tickets.Writer.WriteAsync(ticket, cancellationToken).AsTask();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, CouncilBatch.RunsPerCore).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        var runs = services.GetRequiredService<QueuedRuns>();
        await foreach (var ticket in _tickets.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            var (request, problem) = ticket.ToRequest();
            if (request is null)
            {
                log.LogError("Run ticket {Reference} ignored: {Problem}", ticket.Reference, problem);
                continue;
            }

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var result = await runs.ExecuteAsync(ticket, request, attempt, cancellationToken: stoppingToken).ConfigureAwait(false);
                    log.LogInformation("Run {Reference} for {Council} {Period} ended {Outcome}: {Message}", ticket.Reference, ticket.Council, ticket.Period, result.Outcome, result.Message);
                    break;
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    log.LogWarning(e, "Run {Reference} for {Council} {Period}: attempt {Attempt} of {MaxAttempts} did not finish", ticket.Reference, ticket.Council, ticket.Period, attempt, RunQueueNames.MaxAttempts);
                    if (attempt >= RunQueueNames.MaxAttempts)
                    {
                        await runs.GiveUpAsync(ticket, request, CancellationToken.None).ConfigureAwait(false);
                        break;
                    }

                    await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(false);
                }
            }
        }
    }
}
