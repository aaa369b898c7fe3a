namespace Reporting.Domain.Findings;

/// <summary>How much a finding matters.</summary>
public enum Severity
{
    /// <summary>Used, but flagged for the council to check.</summary>
    Warning,

    /// <summary>The file or row cannot be used; indicators that need it are "not available".</summary>
    Error,
}
