namespace Reporting.Domain.Comparison;

/// <summary>Red, amber, green — or grey when there is no target or no value. Always printed as a word, never by colour alone.</summary>
public enum RagStatus
{
    Grey,
    Red,
    Amber,
    Green,
}

/// <summary>The words readers see for a RAG status, in every document and page.</summary>
public static class RagStatusWords
{
    /// <summary>"Red", "Amber", "Green", or "No rating" for grey.</summary>
    public static string Word(this RagStatus status) => status switch
    {
        RagStatus.Red => "Red",
        RagStatus.Amber => "Amber",
        RagStatus.Green => "Green",
        _ => "No rating",
    };
}

/// <summary>How a figure moved against the previous quarter.</summary>
public enum Movement
{
    /// <summary>No previous figure to compare with.</summary>
    NotComparable,
    Up,
    Down,
    Same,
}

/// <summary>Whether a movement is good news, read with the indicator's polarity.</summary>
public enum Judgement
{
    NotJudged,
    Improved,
    Worsened,
    Unchanged,
}
