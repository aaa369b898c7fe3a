using System.Globalization;
using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles.RecordFields;

/// <summary>
/// Keeps a data-quality report readable when one problem repeats on thousands of rows: the first
/// <see cref="ListedPerProblem"/> findings of each problem (same file, column, severity and rule) are
/// kept, and the rest become one finding that says how many more there are. Order is preserved.
/// </summary>
public static class FindingDigest
{
    public const int ListedPerProblem = 20;

    public static FindingList Condense(IReadOnlyList<Finding> findings)
    {
        var counts = new Dictionary<(string, string?, Severity, string), int>();
        var condensed = new FindingList();
        foreach (var finding in findings)
        {
            var key = (finding.File, finding.Column, finding.Severity, finding.Rule);
            var seen = counts.GetValueOrDefault(key) + 1;
            counts[key] = seen;
            if (seen <= ListedPerProblem)
            {
                condensed.Add(finding);
            }
        }

        foreach (var ((file, column, severity, rule), count) in counts.Where(c => c.Value > ListedPerProblem))
        {
            condensed.Add(new Finding(severity, file,
                string.Create(CultureInfo.InvariantCulture, $"{rule} The same problem is on {count - ListedPerProblem} more rows or elements than the {ListedPerProblem} listed ({count} in all)."),
                Column: column));
        }

        return condensed;
    }
}
