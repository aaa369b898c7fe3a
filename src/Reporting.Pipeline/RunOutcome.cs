namespace Reporting.Pipeline;

/// <summary>How a run ended.</summary>
public enum RunOutcome
{
    /// <summary>Documents and a new manifest were published.</summary>
    Published,

    /// <summary>The inputs are the ones already published; nothing was rendered (use force to re-render).</summary>
    Unchanged,

    /// <summary>Another run for the same council and quarter holds the lock.</summary>
    AlreadyRunning,

    /// <summary>Nothing has been uploaded for the quarter.</summary>
    NoInputs,

    /// <summary>The request cannot be run: it names something that does not exist (an audience), a quarter that has not ended, or a council that is not set up.</summary>
    InvalidRequest,

    /// <summary>
    /// Nothing was published: the inputs have errors and figures would change the publication in force
    /// beyond what is plausible (beyond their bound, to 0, changed while their file has errors, or
    /// gone), and it stays in force (ask to publish with errors to confirm the changes); or text the
    /// documents print seems to hold a child's details (never published, whatever is asked).
    /// </summary>
    Withheld,

    /// <summary>
    /// Nothing was published: the quarter lacks inputs or figures its audiences need (ask to publish
    /// incomplete to confirm; the documents then say what is missing).
    /// </summary>
    Incomplete,
}
