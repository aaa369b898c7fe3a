using System.Text;
using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.RecordFields;
using Reporting.Pipeline.Tests.Aggregation;

namespace Reporting.Pipeline.Tests.MetricFiles;

/// <summary>Tests that measure the process's memory: run alone, after the tests that run in parallel.</summary>
[CollectionDefinition(nameof(MemoryMeasured), DisableParallelization = true)]
public sealed class MemoryMeasured;

/// <summary>Issue 13, item 5: a million-row CSV is read without holding its rows (skip with --filter Category!=LongRunning).</summary>
[Collection(nameof(MemoryMeasured))]
public class CsvTableMemoryTests
{
    private const int Rows = 1_000_000;

    [Fact]
    [Trait("Category", "LongRunning")]
    public void Rows_MillionRowEpisodesFile_HoldFarLessThanTheFileWhileRead()
    {
        var csv = new StringBuilder("CHILD,DECOM,RNE,LS,PLACE,DEC\n", 60 * Rows);
        for (var n = 0; n < Rows; n++)
        {
            csv.Append('C').Append(n / 2).Append(n % 2 == 0 ? ",01/04/2015,S,C2,U1,01/09/2015\n" : ",01/09/2015,P,C2,U4,\n");
        }

        var input = TestQuarter.Input("ssda903/episodes.csv", csv.ToString());
        csv.Clear();
        var findings = new FindingList();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var table = RecordCsv.Read(input, ["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC"], [], findings)!;
        var (count, held) = (0, 0L);
        foreach (var row in table.Rows(findings))
        {
            if (++count == Rows)
            {
                held = GC.GetTotalMemory(forceFullCollection: true) - before;
            }
        }

        // What the reader keeps while on the last row: a row number, a byte offset and a hash entry for
        // each record (to find exact copies), about 36 bytes a record: 1.2 times this narrow file (32
        // bytes a row). Holding the rows as strings took about 300 bytes a record, 9 times the file.
        Assert.Equal(Rows, count);
        Assert.Empty(findings);
        Assert.InRange(held, 0, 2L * input.Content.Length);
    }

    [Fact]
    public void Read_MissingFileOfBlankLines_AsksForNoMoreMemoryThanTwiceItsSize()
    {
        // 8 MB of blank lines under the header: the episode list is sized to at most the file's size
        // (40 bytes an episode), not to its 8 million lines, which would have asked for 320 MB.
        var input = TestQuarter.Input("missing.csv", "CHILD,MISSING,MIS_START,MIS_END\n" + new string('\n', 8 * 1024 * 1024));
        var findings = new FindingList();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var episodes = Reporting.Pipeline.MetricFiles.Missing.MissingFile.Read(input, findings);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Null(episodes);
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Rule.Contains("no records", StringComparison.Ordinal));
        Assert.InRange(allocated, 0, 2L * input.Content.Length);
    }
}
