namespace Reporting.Pipeline.Queueing;

/// <summary>
/// Where run tickets wait for a worker: an Azure Storage queue in the function app (the host's
/// queue trigger runs each one, with its retries and poison queue), an in-process queue for the
/// local <c>serve</c>. Implementations are thread-safe; a failure is a <see cref="Storage.StoreException"/>.
/// </summary>
public interface IRunQueue
{
    /// <summary>Where the queue is, for logs.</summary>
    string Description { get; }

    Task EnqueueAsync(RunTicket ticket, CancellationToken cancellationToken = default);
}

/// <summary>The queue's names and the retry policy the host applies (kept equal to host.json, which a test checks).</summary>
public static class RunQueueNames
{
    /// <summary>The queue of run tickets.</summary>
    public const string Runs = "report-runs";

    /// <summary>Where the host moves a ticket after <see cref="MaxAttempts"/> failed tries.</summary>
    public const string Poison = Runs + "-poison";

    /// <summary>host.json <c>extensions.queues.maxDequeueCount</c>.</summary>
    public const int MaxAttempts = 3;
}
