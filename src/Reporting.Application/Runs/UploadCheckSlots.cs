namespace Reporting.Application.Runs;

/// <summary>
/// How many upload checks run at once (<c>Reporting__MaxConcurrentChecks</c>): a check waits up to
/// <see cref="Wait"/> for a slot, then fails with <see cref="UploadChecksBusyException"/>, which the
/// HTTP hosts answer 503 with <c>Retry-After</c>. Bounds the CPU and memory that checks of large
/// files can take however many requests arrive. Invariant: at least one slot, a wait of zero or more.
/// </summary>
public sealed class UploadCheckSlots
{
    /// <summary>Two checks per processor: a check is CPU work, so more at once only share the same cores.</summary>
    public static readonly int DefaultCount = 2 * Environment.ProcessorCount;

    /// <summary>How long a check waits for a slot by default: a quarter page checks each of its uploads, briefly, side by side.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _slots;

    public UploadCheckSlots(int count, TimeSpan wait)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero);
        (Count, Wait, _slots) = (count, wait, new SemaphoreSlim(count, count));
    }

    /// <summary>How many checks may run at once.</summary>
    public int Count { get; }

    /// <summary>How long a check waits for a slot before it is refused.</summary>
    public TimeSpan Wait { get; }

    /// <summary>A slot, given back when disposed; throws <see cref="UploadChecksBusyException"/> when none came free within <see cref="Wait"/>.</summary>
    public async Task<IDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        return await _slots.WaitAsync(Wait, cancellationToken).ConfigureAwait(false)
            ? new Slot(_slots)
            : throw new UploadChecksBusyException(Count, Wait);
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
