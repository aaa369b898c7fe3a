namespace Reporting.Pipeline.Publishing;

/// <summary>
/// What the publication gate found: the parts each audience needs that the quarter lacks, and the
/// figures that would change the publication in force beyond what is plausible; and whether the
/// request confirmed each. The run publishes when <see cref="Passes"/>; otherwise it ends as
/// <see cref="Outcome"/> with <see cref="Message"/>, and the publication in force stays; when it
/// passes with something confirmed, <see cref="Confirmed"/> says what.
/// </summary>
public sealed record GateVerdict(IReadOnlyList<MissingPart> Missing, IReadOnlyList<FigureChange> Changes, bool IncompleteConfirmed, bool ChangesConfirmed, string Message, string Confirmed)
{
    public bool IsComplete => Missing.Count == 0;

    /// <summary>Text the documents print seems to hold a child's details: never published, whatever the request confirms.</summary>
    public bool NamesAChild { get; init; }

    /// <summary>Complete, or confirmed incomplete; and no implausible change, or the changes confirmed.</summary>
    public bool Passes => !NamesAChild && (IsComplete || IncompleteConfirmed) && (Changes.Count == 0 || ChangesConfirmed);

    /// <summary>How a run the gate stops ends: withheld when text names a child or figures would change implausibly, else incomplete.</summary>
    public RunOutcome Outcome => NamesAChild || (Changes.Count > 0 && !ChangesConfirmed) ? RunOutcome.Withheld : RunOutcome.Incomplete;

    /// <summary>What one audience lacks (its documents say so when published incomplete).</summary>
    public IReadOnlyList<MissingPart> MissingFor(string audience) => [.. Missing.Where(m => m.Audience == audience)];
}
