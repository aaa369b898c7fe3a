namespace Reporting.Pipeline.Queueing;

/// <summary>The queue's names and the retry policy the host applies (kept equal to host.json, which a test checks).</summary>
public static class RunQueueNames
{
    /// <summary>The queue of run tickets.</summary>
    public const string Runs = "report-runs";

    /// <summary>Where the host moves a ticket after <see cref="MaxAttempts"/> failed tries.</summary>
    public const string Poison = Runs + "-poison";

    /// <summary>host.json <c>extensions.queues.maxDequeueCount</c>.</summary>
    public const int MaxAttempts = 3;
}
