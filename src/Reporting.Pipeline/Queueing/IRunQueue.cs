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
