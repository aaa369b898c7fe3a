namespace Reporting.Pipeline.Queueing;

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
