namespace Reporting.Functions.Runs;

/// <summary>
/// The one vocabulary for run states in every answer (HTTP and timer): lower-case words,
/// <c>running</c> and <c>failed</c> for a run without a summary yet or with an exception.
/// </summary>
internal static class RunStates
{
    public const string Running = "running";

    public const string Failed = "failed";

    public static string Of(RunStatus status) => status switch
    {
        RunStatus.Published => "published",
        RunStatus.Unchanged => "unchanged",
        RunStatus.AlreadyRunning => "already-running",
        RunStatus.NoInputs => "no-inputs",
        RunStatus.InvalidRequest => "invalid-request",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown run status."),
    };

    /// <summary>The state of a tracked run: running, failed, or its summary's status.</summary>
    public static string Of(TrackedRun run) => run.Task switch
    {
        { IsCompleted: false } => Running,
        { IsCompletedSuccessfully: true } task => Of(task.Result.Status),
        _ => Failed,
    };
}
