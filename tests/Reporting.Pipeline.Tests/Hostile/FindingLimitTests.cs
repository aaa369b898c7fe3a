using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.Tests.Hostile;

/// <summary>Issue 13, item 5: findings are limited per file and for the whole quarter, and what is left out is counted.</summary>
public class FindingLimitTests
{
    private static IEnumerable<Finding> Distinct(string file, int count, Severity severity = Severity.Warning) =>
        Enumerable.Range(1, count).Select(i => new Finding(severity, file, $"Problem number {i}.", i + 1));

    [Fact]
    public void Condense_ThreeHundredDifferentProblemsInOneFile_ListsTwoHundredAndCountsTheRest()
    {
        var condensed = FindingDigest.Condense([.. Distinct("a.csv", 300, Severity.Error)]);

        Assert.Equal(FindingDigest.ListedPerFile + 1, condensed.Count);
        Assert.Equal(Severity.Error, condensed[^1].Severity);
        Assert.StartsWith("100 more findings about this file", condensed[^1].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Condense_ManyFilesEachAtTheirLimit_ListsAThousandInAllAndCountsTheRestPerFile()
    {
        var files = Enumerable.Range(1, 7).Select(n => $"file{n}.csv").ToList();

        var condensed = FindingDigest.Condense([.. files.SelectMany(f => Distinct(f, 200))]);

        Assert.Equal(FindingDigest.ListedInAll + 2, condensed.Count); // files 6 and 7 are counted, not listed
        Assert.Equal(["file6.csv", "file7.csv"], condensed.Skip(FindingDigest.ListedInAll).Select(f => f.File));
        Assert.All(condensed.Skip(FindingDigest.ListedInAll), f => Assert.Equal(Severity.Warning, f.Severity));
    }
}
