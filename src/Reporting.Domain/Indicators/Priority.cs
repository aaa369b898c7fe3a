namespace Reporting.Domain.Indicators;

/// <summary>One of the nine priorities of the council's improvement plan. Invariant: number 1–9.</summary>
public sealed record Priority(int Number, string Title)
{
    /// <summary>The plan's nine priorities, in order.</summary>
    public static IReadOnlyList<Priority> All { get; } =
    [
        new(1, "Strengthening strategic leadership"),
        new(2, "Improving social work capacity"),
        new(3, "Developing management capacity"),
        new(4, "Ensuring quality safeguarding across all agencies"),
        new(5, "Systematically identifying children most at risk across all agencies"),
        new(6, "Assessing the safety of all children who go missing"),
        new(7, "Embedding early help"),
        new(8, "Increasing local care placements"),
        new(9, "Achieving permanence for children in care"),
    ];

    public static Priority Get(int number) => All[number - 1];
}
