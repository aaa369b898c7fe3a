using System.Text;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Tests.Aggregation;
using Reporting.SampleData;

namespace Reporting.Pipeline.Tests.MetricFiles;

/// <summary>Bad input never crashes: sample and fixture files with characters overwritten, cut short or duplicated still give findings, not exceptions.</summary>
public class RecordFuzzTests
{
    private static readonly Lazy<IReadOnlyList<SampleFile>> Sample = new(SampleDataSet.Files);

    private static readonly string[] Garbage = ["", ",", "\"", "\n", "-1", "99999999999999999999999999999", "31/02/2016", "<", "&", "0", "é", "V3", "1e9", "\uFEFF"];

    public static TheoryData<string> Uploads =>
    [
        "workforce.csv", "vacancies.csv", "ssda903/episodes.csv", "ssda903/header.csv", "ssda903/oc2.csv", "ssda903/oc3.csv", "missing.csv", "cin.xml",
    ];

    [Theory]
    [MemberData(nameof(Uploads))]
    public void Read_MutatedSampleFile_NeverThrows(string name)
    {
        var period = SampleArc.Quarters[3];
        var original = Encoding.UTF8.GetString(Sample.Value.Single(f => f.Name.EndsWith($"{period}/{name}", StringComparison.Ordinal)).Content);
        var random = new Random(20161);
        for (var round = 0; round < (name == "cin.xml" ? 12 : 40); round++)
        {
            var text = new StringBuilder(original);
            for (var edit = 0; edit < 1 + (round % 8); edit++)
            {
                var at = random.Next(text.Length);
                var length = Math.Min(random.Next(1, 12), text.Length - at);
                switch (random.Next(3))
                {
                    case 0: text.Remove(at, length).Insert(at, Garbage[random.Next(Garbage.Length)]); break;
                    case 1: text.Insert(at, text.ToString(at, length)); break;
                    default: text.Length = Math.Max(1, at); break;
                }
            }

            var files = TestQuarter.Files(period.ToString(), (name, text.ToString()));
            foreach (var source in RecordSources.All)
            {
                var result = source.Read(files);
                Assert.All(result.Values, v => Assert.True(v.IsAvailable ^ v.NotAvailableReason is not null));
            }
        }
    }

    [Theory]
    [InlineData("liia-tools/social_work_workforce_2022.xml", "csww.xml")]
    [InlineData("liia-tools/cin-2022.xml", "cin.xml")]
    [InlineData("liia-tools/SSDA903_2020_episodes.csv", "ssda903/episodes.csv")]
    public void Read_FixtureCutShort_NeverThrows(string fixture, string name)
    {
        var text = TestQuarter.Fixture(fixture);
        for (var cut = 0; cut < text.Length; cut += 1 + (text.Length / 150))
        {
            var files = TestQuarter.Files("2018-19-Q4", (name, text[..cut]));
            foreach (var source in RecordSources.All)
            {
                _ = source.Read(files);
            }
        }
    }
}
