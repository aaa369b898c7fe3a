namespace Reporting.Domain.Comparison;

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
