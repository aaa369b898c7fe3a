namespace Reporting.Pipeline.Batches;

/// <summary>How one council's quarter ended in a batch.</summary>
public enum CouncilOutcome
{
    /// <summary>New documents and a manifest were published.</summary>
    Published,

    /// <summary>The inputs were the ones already published; nothing was rendered.</summary>
    Unchanged,

    /// <summary>Nothing was published: no inputs, a run already in progress, a bad request, or an error (the message says which).</summary>
    Failed,
}
