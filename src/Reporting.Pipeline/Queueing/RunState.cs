using System.Text.Json;

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
