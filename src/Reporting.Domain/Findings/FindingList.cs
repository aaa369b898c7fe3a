namespace Reporting.Domain.Findings;

/// <summary>Findings gathered while reading a file or a run, in the order they were found.</summary>
public sealed class FindingList : List<Finding>
{
    public bool HasErrors => this.Any(f => f.Severity == Severity.Error);

    public int ErrorCount => this.Count(f => f.Severity == Severity.Error);

    public int WarningCount => this.Count(f => f.Severity == Severity.Warning);
}
