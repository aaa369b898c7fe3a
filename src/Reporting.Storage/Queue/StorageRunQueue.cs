using Azure;
using Azure.Storage.Queues;
using Reporting.Pipeline.Queueing;
using Reporting.Pipeline.Storage;

namespace Reporting.Storage.Queue;

/// <summary>
/// The pipeline's <see cref="IRunQueue"/> over an Azure Storage queue: one message per
/// council-quarter run, read by the function app's queue trigger. The client must encode messages
/// in Base64 (<see cref="QueueMessageEncoding.Base64"/>), as the queue trigger expects by default.
/// Creates the queue on first use. Thread-safe.
/// </summary>
public sealed class StorageRunQueue(QueueClient queue) : IRunQueue
{
    private int _created;

    public string Description => $"queue {queue.Uri.AbsoluteUri}";

    public async Task EnqueueAsync(RunTicket ticket, CancellationToken cancellationToken = default)
    {
        try
        {
            if (Volatile.Read(ref _created) == 0)
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _created, 1);
            }

            await queue.SendMessageAsync(ticket.ToJson(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException)
        {
            var detail = e is RequestFailedException { Status: > 0 } failed ? $"HTTP {failed.Status} {failed.ErrorCode}" : "no answer, even after retries";
            throw new StoreException("queue a run on", "queue", queue.Name, $"the queue service refused ({detail}). Check that the storage account (or Azurite) is reachable and the app may send queue messages (Storage Queue Data Contributor).", e);
        }
    }
}
