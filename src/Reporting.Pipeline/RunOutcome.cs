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

    /// <summary>The request names something that does not exist (an audience).</summary>
    InvalidRequest,

    /// <summary>
    /// Nothing was published: the inputs have errors that leave indicators without the value the
    /// publication in force has, which stays in force (ask to publish with errors to replace it).
    /// </summary>
    Withheld,
}
