using System.Text.Json;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Storage;

namespace Reporting.Pipeline.Queueing;

/// <summary>
/// Where a quarter's latest requested run stands, kept beside its publication
/// (<c>reports/{la}/{period}/run-state.json</c>) so every instance and every door sees the same:
/// <see cref="State"/> is one of <see cref="RunStates"/>, <see cref="Message"/> a sentence for
/// people (the last error included when it failed), <see cref="Attempt"/> the worker's try (1-based).
/// </summary>
public sealed record RunState(
    string State,
    string Message,
    string Reference,
    string Origin,
    IReadOnlyList<string> Audiences,
    bool Force,
    DateTimeOffset RequestedAt,
    DateTimeOffset UpdatedAt,
    int Attempt = 0,
    string? RunId = null)
{
    /// <summary>
    /// Queued or running, and recent enough to be believed: a queued ticket is tried within
    /// minutes, and a worker that died leaves its state behind, so after <see cref="StaleAfter"/>
    /// a new run may be queued.
    /// </summary>
    public bool IsActiveAt(DateTimeOffset now) => State is RunStates.Queued or RunStates.Running or RunStates.Retrying && now - UpdatedAt < StaleAfter;

    /// <summary>The Functions timeout (host.json functionTimeout, 10 minutes) plus the queue's redelivery time.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(15);

    public RunState With(string state, string message, DateTimeOffset at, int? attempt = null, string? runId = null) =>
        this with { State = state, Message = message, UpdatedAt = at, Attempt = attempt ?? Attempt, RunId = runId ?? RunId };

    public static RunState Queued(RunTicket ticket, string message) =>
        new(RunStates.Queued, message, ticket.Reference, ticket.Origin, ticket.Audiences, ticket.Force, ticket.RequestedAt, ticket.RequestedAt);

    internal byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, QueueingJsonContext.Default.RunState);

    internal static RunState? FromJson(byte[] json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, QueueingJsonContext.Default.RunState);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The one vocabulary for run states, in every answer (HTTP status, timer logs, pages).</summary>
public static class RunStates
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Retrying = "retrying";
    public const string Published = "published";
    public const string Unchanged = "unchanged";
    public const string Failed = "failed";
    public const string NoInputs = "no-inputs";
    public const string InvalidRequest = "invalid-request";
    public const string Withheld = "withheld";
    public const string Incomplete = "incomplete";

    /// <summary>A quarter's publication no longer matches its inputs (re-uploaded, or an earlier quarter it draws on republished): a status, never a run's outcome.</summary>
    public const string OutOfDate = "out-of-date";

    public static string Of(RunOutcome outcome) => outcome switch
    {
        RunOutcome.Published => Published,
        RunOutcome.Unchanged => Unchanged,
        RunOutcome.NoInputs => NoInputs,
        RunOutcome.InvalidRequest => InvalidRequest,
        RunOutcome.AlreadyRunning => Running,
        RunOutcome.Withheld => Withheld,
        RunOutcome.Incomplete => Incomplete,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown run outcome."),
    };
}

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
