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

    /// <summary>The most findings listed for a whole quarter (a document's data-quality appendix); the rest are counted per file.</summary>
    public const int ListedInAll = 1_000;

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
        if (findings.Count <= ListedPerFile && findings.Count <= ListedInAll)
        {
            return findings;
        }

        var listed = new Dictionary<string, int>();
        var dropped = new Dictionary<string, (int Count, bool Error)>();
        var capped = new FindingList();
        foreach (var finding in findings)
        {
            var seen = listed.GetValueOrDefault(finding.File) + 1;
            listed[finding.File] = seen;
            if (seen <= ListedPerFile && capped.Count < ListedInAll)
            {
                capped.Add(finding);
            }
            else
            {
                var (count, error) = dropped.GetValueOrDefault(finding.File);
                dropped[finding.File] = (count + 1, error || finding.Severity == Severity.Error);
            }
        }

        foreach (var (file, (count, error)) in dropped)
        {
            capped.Add(new Finding(error ? Severity.Error : Severity.Warning, file, string.Create(CultureInfo.InvariantCulture,
                $"{count} more findings about this file are not listed ({listed[file]} in all; a report lists at most {ListedPerFile} a file and {ListedInAll} in all). Correct the ones listed and validate the file again to see the rest.")));
        }

        return capped;
    }
}
