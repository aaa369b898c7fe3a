using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Storage;

namespace Reporting.Pipeline.Queueing;

/// <summary>Reads and writes a quarter's <see cref="RunState"/> with conditional writes, so two requests cannot both queue a run.</summary>
public sealed class RunStateStore(IObjectStore store)
{
    public const string FileName = "run-state.json";

    private int _containerReady;

    public async Task<(RunState? State, string? ETag)> ReadAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken = default)
    {
        var stored = await store.GetAsync(StoreLayout.ReportsContainer, StoreLayout.Output(council, period, FileName), cancellationToken).ConfigureAwait(false);
        return stored is null ? (null, null) : (RunState.FromJson(stored.Content), stored.ETag);
    }

    /// <summary>Writes <paramref name="state"/> if the blob still has <paramref name="etag"/> (absent when null); false when someone wrote first.</summary>
    public async Task<bool> TryReplaceAsync(CouncilCode council, FinancialQuarter period, RunState state, string? etag, CancellationToken cancellationToken = default)
    {
        try
        {
            await PutAsync(council, period, state, WriteCondition.Replacing(etag), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StoreConditionFailedException)
        {
            return false;
        }
    }

    /// <summary>Writes <paramref name="state"/> whatever is there: the worker's own progress.</summary>
    public Task WriteAsync(CouncilCode council, FinancialQuarter period, RunState state, CancellationToken cancellationToken = default) =>
        PutAsync(council, period, state, WriteCondition.None, cancellationToken);

    private async Task PutAsync(CouncilCode council, FinancialQuarter period, RunState state, WriteCondition condition, CancellationToken cancellationToken)
    {
        // The reports container is made once per store, not before every state write (a round trip each on Blob Storage).
        if (Volatile.Read(ref _containerReady) == 0)
        {
            await store.CreateContainerIfNotExistsAsync(StoreLayout.ReportsContainer, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _containerReady, 1);
        }

        await store.PutAsync(StoreLayout.ReportsContainer, StoreLayout.Output(council, period, FileName), state.ToJson(), condition, "application/json", cancellationToken).ConfigureAwait(false);
    }
}
