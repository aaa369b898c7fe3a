using System.Collections;

namespace Reporting.Domain.Findings;

/// <summary>
/// Findings gathered while reading a file or a run, in the order they were found. Findings are
/// only added (at the end, or as a block ahead of later ones), never removed or replaced.
/// </summary>
public sealed class FindingList : IReadOnlyList<Finding>
{
    private readonly List<Finding> _findings = [];

    public int Count => _findings.Count;

    public int ErrorCount => _findings.Count(f => f.Severity == Severity.Error);

    public int WarningCount => _findings.Count(f => f.Severity == Severity.Warning);

    public Finding this[int index] => _findings[index];

    public void Add(Finding finding) => _findings.Add(finding);

    public void AddRange(IEnumerable<Finding> findings) => _findings.AddRange(findings);

    /// <summary>Puts <paramref name="findings"/> ahead of those from <paramref name="index"/> on, as if they had been found first.</summary>
    public void InsertRange(int index, IEnumerable<Finding> findings) => _findings.InsertRange(index, findings);

    public List<Finding>.Enumerator GetEnumerator() => _findings.GetEnumerator();

    IEnumerator<Finding> IEnumerable<Finding>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
