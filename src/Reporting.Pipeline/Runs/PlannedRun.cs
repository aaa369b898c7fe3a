namespace Reporting.Pipeline.Runs;

/// <summary>
/// The planner's answer: a <see cref="RunPlan"/> to carry out, or the run's <see cref="Answer"/> when it
/// ends before validation (a quarter not ended, no inputs, a council not set up, an unknown
/// audience, inputs unchanged and not forced).
/// Invariant: exactly one of the two is set.
/// </summary>
public sealed record PlannedRun
{
    private PlannedRun(RunPlan? plan, RunResult? answer) => (Plan, Answer) = (plan, answer);

    public RunPlan? Plan { get; }

    public RunResult? Answer { get; }

    public static PlannedRun Go(RunPlan plan) => new(plan, null);

    public static PlannedRun End(RunResult answer) => new(null, answer);
}
