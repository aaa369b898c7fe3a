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

    /// <summary>The most findings listed for one file; the rest are counted in one more finding.</summary>
    public const int ListedPerFile = 200;

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

        return CapPerFile(condensed);
    }

    private static FindingList CapPerFile(FindingList findings)
    {
        var perFile = findings.GroupBy(f => f.File).Where(g => g.Count() > ListedPerFile).ToDictionary(g => g.Key, g => g.Count());
        if (perFile.Count == 0)
        {
            return findings;
        }

        var listed = new Dictionary<string, int>();
        var droppedErrors = new HashSet<string>();
        var capped = new FindingList();
        foreach (var finding in findings)
        {
            var seen = listed.GetValueOrDefault(finding.File) + 1;
            listed[finding.File] = seen;
            if (seen <= ListedPerFile)
            {
                capped.Add(finding);
            }
            else if (finding.Severity == Severity.Error)
            {
                droppedErrors.Add(finding.File);
            }
        }

        foreach (var (file, count) in perFile)
        {
            capped.Add(new Finding(droppedErrors.Contains(file) ? Severity.Error : Severity.Warning, file, string.Create(CultureInfo.InvariantCulture,
                $"The file has {count - ListedPerFile} more findings than the {ListedPerFile} listed ({count} in all). Correct the ones listed and validate it again to see the rest.")));
        }

        return capped;
    }
}
