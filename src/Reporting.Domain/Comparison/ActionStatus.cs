namespace Reporting.Domain.Comparison;

/// <summary>Where an action stands, as the council records it in <c>actions.csv</c>.</summary>
public enum ActionStatus
{
    NotStarted,
    InProgress,
    Complete,
}
