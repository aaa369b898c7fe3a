namespace Reporting.Pipeline;

/// <summary>Progress through a run, for terminals and logs.</summary>
public sealed record RunProgress(RunStage Stage, string Detail);
