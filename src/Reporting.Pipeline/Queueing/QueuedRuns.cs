using Reporting.Pipeline.Storage;

namespace Reporting.Pipeline.Queueing;

/// <summary>
/// Runs through a queue: requests become tickets (one queued run per council-quarter at a time,
/// decided by a conditional write of the quarter's <see cref="RunState"/>), and a worker executes
/// each ticket through <see cref="ReportRun"/>, recording where it stands. The function app's HTTP,
/// timer and queue functions call it; so does the local <c>serve</c>. Thread-safe.
/// </summary>
public sealed class QueuedRuns(ReportRun run, RunStateStore states, IRunQueue queue, TimeProvider time)
{
    /// <summary>
    /// An on-demand request: answered at once when the run would end at once (no inputs, unknown
    /// audience, unchanged and not forced), refused when a run is already queued or running,
    /// otherwise queued.
    /// </summary>
    public async Task<QueueAnswer> RequestAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        if (await run.PreviewAsync(request, cancellationToken).ConfigureAwait(false) is { } answer)
        {
            return new QueueAnswer(answer, null, false);
        }

        var (council, period) = (request.Council, request.Period);
        var (current, etag) = await states.ReadAsync(council, period, cancellationToken).ConfigureAwait(false);
        if (current is not null && current.IsActiveAt(time.GetUtcNow()))
        {
            return new QueueAnswer(null, current, false);
        }

        var ticket = RunTicket.For(request, RunTicket.HttpOrigin, time.GetUtcNow());
        var queued = RunState.Queued(ticket, $"Queued for a worker (run reference {ticket.Reference}).");
        if (!await states.TryReplaceAsync(council, period, queued, etag, cancellationToken).ConfigureAwait(false))
        {
            // Another request queued a run between the read and the write.
            var (winner, _) = await states.ReadAsync(council, period, cancellationToken).ConfigureAwait(false);
            return new QueueAnswer(null, winner ?? queued, false);
        }

        await EnqueueOrRecordAsync(request, ticket, queued, cancellationToken).ConfigureAwait(false);
        return new QueueAnswer(null, queued, true);
    }

    /// <summary>
    /// The quarterly timer's run for one council: always queued (every audience), since a run
    /// already queued may cover only some; a running run's state is left as it is. It confirms
    /// nothing at the publication gate: an incomplete or implausible quarter is held for a person.
    /// </summary>
    public async Task<RunState> QueueScheduledAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        request = request with { PublishWithErrors = false, PublishIncomplete = false };
        var (council, period) = (request.Council, request.Period);
        var ticket = RunTicket.For(request, RunTicket.TimerOrigin, time.GetUtcNow());
        var queued = RunState.Queued(ticket, $"Queued by the quarterly timer (run reference {ticket.Reference}).");
        var (current, _) = await states.ReadAsync(council, period, cancellationToken).ConfigureAwait(false);
        if (current is not { State: RunStates.Running } || !current.IsActiveAt(time.GetUtcNow()))
        {
            await states.WriteAsync(council, period, queued, cancellationToken).ConfigureAwait(false);
        }

        await EnqueueOrRecordAsync(request, ticket, queued, cancellationToken).ConfigureAwait(false);
        return queued;
    }

    /// <summary>
    /// A worker's try at a ticket (<paramref name="attempt"/> counts from 1). Records running, then
    /// the outcome. Throws, after recording it, when the try failed or another run held the quarter,
    /// so the queue tries again and, after <see cref="RunQueueNames.MaxAttempts"/>, gives up.
    /// </summary>
    public async Task<RunResult> ExecuteAsync(RunTicket ticket, RunRequest request, int attempt, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var (council, period) = (request.Council, request.Period);
        var mine = RunState.Queued(ticket, string.Empty);
        await states.WriteAsync(council, period, mine.With(RunStates.Running, $"Running (attempt {attempt} of {RunQueueNames.MaxAttempts}, run reference {ticket.Reference}).", time.GetUtcNow(), attempt), cancellationToken).ConfigureAwait(false);
        RunResult result;
        try
        {
            result = await run.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await RecordAsync(ticket, request, mine.With(
                attempt < RunQueueNames.MaxAttempts ? RunStates.Retrying : RunStates.Failed,
                $"Attempt {attempt} of {RunQueueNames.MaxAttempts} failed{(attempt < RunQueueNames.MaxAttempts ? " and will be tried again" : string.Empty)}; the previous publication is unchanged. {PeopleMessage(e, ticket)}",
                time.GetUtcNow(),
                attempt), cancellationToken).ConfigureAwait(false);
            throw;
        }

        if (result.Outcome == RunOutcome.AlreadyRunning)
        {
            await RecordAsync(ticket, request, mine.With(RunStates.Retrying, $"Another run of this quarter held it (attempt {attempt} of {RunQueueNames.MaxAttempts}); this one will be tried again once it has finished.", time.GetUtcNow(), attempt), cancellationToken).ConfigureAwait(false);
            throw new RunDeferredException(result.Message);
        }

        await RecordAsync(ticket, request, mine.With(RunStates.Of(result.Outcome), result.Message, time.GetUtcNow(), attempt, result.Manifest?.RunId), cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The queue gave up on a ticket (the poison queue): records the run as failed, keeping the last error.</summary>
    public async Task<RunState?> GiveUpAsync(RunTicket ticket, RunRequest request, CancellationToken cancellationToken = default)
    {
        var (current, _) = await states.ReadAsync(request.Council, request.Period, cancellationToken).ConfigureAwait(false);
        var lastError = current?.Reference == ticket.Reference && current.State is RunStates.Failed or RunStates.Retrying ? $" The last attempt said: {current.Message}" : string.Empty;
        var failed = RunState.Queued(ticket, string.Empty).With(
            RunStates.Failed,
            $"The run was tried {RunQueueNames.MaxAttempts} times and did not finish, so it was given up; the previous publication is unchanged. Start it again once the cause is fixed.{lastError}",
            time.GetUtcNow(),
            current?.Reference == ticket.Reference ? current.Attempt : RunQueueNames.MaxAttempts);
        return await RecordAsync(ticket, request, failed, cancellationToken).ConfigureAwait(false) ? failed : current;
    }

    /// <summary>Writes a ticket's state unless a newer ticket has since been queued for the quarter (its state is then the one to show).</summary>
    private async Task<bool> RecordAsync(RunTicket ticket, RunRequest request, RunState state, CancellationToken cancellationToken)
    {
        var (current, etag) = await states.ReadAsync(request.Council, request.Period, cancellationToken).ConfigureAwait(false);
        if (current is not null && current.Reference != ticket.Reference && current.RequestedAt > ticket.RequestedAt && current.IsActiveAt(time.GetUtcNow()))
        {
            return false;
        }

        return await states.TryReplaceAsync(request.Council, request.Period, state, etag, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task EnqueueOrRecordAsync(RunRequest request, RunTicket ticket, RunState queued, CancellationToken cancellationToken)
    {
        try
        {
            await queue.EnqueueAsync(ticket, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            await states.WriteAsync(request.Council, request.Period, queued.With(RunStates.Failed, $"The run could not be queued: {e.Message}", time.GetUtcNow()), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A failure in words fit for the status page: the store's own message (written for people), else where to look.</summary>
    private static string PeopleMessage(Exception e, RunTicket ticket) => e is StoreException
        ? e.Message
        : $"The cause is in the function app's log under run reference {ticket.Reference}.";
}
