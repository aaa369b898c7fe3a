namespace Reporting.Pipeline.Queueing;

/// <summary>How an on-demand request was answered: at once (<see cref="Result"/>), or with the run state it queued or found active.</summary>
public sealed record QueueAnswer(RunResult? Result, RunState? State, bool Queued)
{
    /// <summary>A run for the quarter is already queued or running: nothing new was queued.</summary>
    public bool AlreadyActive => Result is null && !Queued;
}
