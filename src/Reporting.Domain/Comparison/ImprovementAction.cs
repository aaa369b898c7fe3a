namespace Reporting.Domain.Comparison;

/// <summary>
/// What the council is doing about a measure that is off target, from the quarter's
/// <c>actions.csv</c>: the action, who owns it, when it is due and where it stands.
/// Invariant: <see cref="Description"/> and <see cref="Owner"/> are not blank.
/// </summary>
public sealed record ImprovementAction
{
    public ImprovementAction(string indicatorId, string description, string owner, DateOnly due, ActionStatus status)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        IndicatorId = indicatorId;
        Description = description;
        Owner = owner;
        Due = due;
        Status = status;
    }

    public string IndicatorId { get; }

    public string Description { get; }

    public string Owner { get; }

    public DateOnly Due { get; }

    public ActionStatus Status { get; }

    /// <summary>Not complete and due before <paramref name="asAt"/>.</summary>
    public bool IsOverdueAt(DateOnly asAt) => Status != ActionStatus.Complete && Due < asAt;

    /// <summary>The status in words, "overdue" when it is past its due date and not complete.</summary>
    public string StatusText(DateOnly asAt) => IsOverdueAt(asAt) ? "overdue" : Status switch
    {
        ActionStatus.NotStarted => "not started",
        ActionStatus.InProgress => "in progress",
        _ => "complete",
    };
}
