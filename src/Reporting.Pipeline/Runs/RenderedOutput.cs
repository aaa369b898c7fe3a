namespace Reporting.Pipeline.Runs;

/// <summary>One file a run publishes, rendered and not yet written: its name in the run's folder, its bytes and, for a review, its audience.</summary>
public sealed record RenderedOutput(string File, byte[] Content, string ContentType, string? Audience);
