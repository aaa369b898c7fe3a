namespace Reporting.Pipeline.Storage;

/// <summary>
/// Keeps a lease alive while work goes on: renews it every third of its length in the background,
/// so the lease can be short (a holder that dies frees it soon) and the work as long as it needs.
/// A renewal that fails (the lease was broken or taken) is remembered, and
/// <see cref="ThrowIfLost"/> stops the work before it publishes. Disposing stops renewing and
/// releases the lease.
/// </summary>
public sealed class LeaseKeeper : IAsyncDisposable
{
    private readonly IStoreLease _lease;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;
    private volatile StoreException? _lost;

    private LeaseKeeper(IStoreLease lease, TimeSpan length, TimeProvider time)
    {
        _lease = lease;
        _renewing = RenewAsync(length / 3, time);
    }

    public static LeaseKeeper Start(IStoreLease lease, TimeSpan length, TimeProvider time) => new(lease, length, time);

    /// <summary>Throws the renewal's failure once the lease has been lost: the work must not go on to publish.</summary>
    public void ThrowIfLost()
    {
        if (_lost is { } lost)
        {
            throw new StoreException("keep the run lock on", lost.Container, lost.ObjectName, $"the lock was lost while the run went on ({lost.Message}); nothing more was published, and the previous publication is unchanged. Run it again.", lost);
        }
    }

    /// <summary>Renews the lease now and throws if it is lost: the last check before the work publishes.</summary>
    public async Task ConfirmAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfLost();
        try
        {
            await _lease.RenewAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            _lost = e;
            ThrowIfLost();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewing.ConfigureAwait(false);
        _stop.Dispose();
        await _lease.DisposeAsync().ConfigureAwait(false);
    }

    private async Task RenewAsync(TimeSpan every, TimeProvider time)
    {
        try
        {
            while (true)
            {
                await Task.Delay(every, time, _stop.Token).ConfigureAwait(false);
                await _lease.RenewAsync(_stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed: the work is over.
        }
        catch (StoreException e)
        {
            _lost = e;
        }
    }
}
