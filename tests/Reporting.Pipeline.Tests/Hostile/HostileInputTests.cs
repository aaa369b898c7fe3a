using System.Diagnostics;
using System.Text;
using Reporting.Domain.Findings;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.MetricFiles.RecordFields;
using Reporting.Pipeline.Publishing;
using Reporting.SampleData;

namespace Reporting.Pipeline.Tests.Hostile;

/// <summary>
/// Issue 13: every CSV upload in every hostile form (see <see cref="HostileCorpus"/>) is read by
/// validate and by a run without a crash, validate and run agree, findings name the file (and the
/// row where there is one), and no child's details reach any output.
/// </summary>
public class HostileInputTests
{
    public static TheoryData<string, string> Corpus()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in HostileCorpus.CsvUploads)
        {
            foreach (var @case in HostileCorpus.Cases)
            {
                data.Add(name, @case);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void ValidateAndRun_HostileCsv_AgreeNameTheFileAndLeakNothing(string name, string @case)
    {
        var content = HostileCorpus.Make(name, @case);
        var changed = !content.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(SampleQuarter.Text(name)));
        var clock = Stopwatch.StartNew();

        var validated = FileCheck.Check(name, content, SampleQuarter.Period, RecordSources.All);
        var (quarter, indicators) = SampleQuarter.Aggregate(SampleQuarter.Files((name, content)));
        var outputs = Outputs(quarter, indicators);

        var validateErrors = validated.Count(f => f.Severity == Severity.Error);
        var runFindings = quarter.Findings.Where(f => f.File.EndsWith(name, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(validateErrors > 0 == runFindings.Any(f => f.Severity == Severity.Error), $"validate gave {validateErrors} error(s), the run {runFindings.Count(f => f.Severity == Severity.Error)}");
        if (changed && HostileCorpus.IsError(@case) is { } isError)
        {
            Assert.True(isError == validateErrors > 0, $"{@case}: {validateErrors} error(s): {string.Join(" | ", validated.Select(f => f.Rule))}");
        }

        Assert.All(validated, f => Assert.EndsWith(name, f.File, StringComparison.OrdinalIgnoreCase));
        if (@case is "huge-field" or "duplicates" or "cut-short" || (changed && @case is "overflow" or "many-decimals"))
        {
            Assert.Contains(validated, f => f.Severity == Severity.Error && f.Row >= 2);
        }

        if (@case is "extra-cells")
        {
            Assert.Contains(validated, f => f.Row == 2 && f.Rule.Contains("more cells than the header has columns", StringComparison.Ordinal));
        }

        Assert.True(validated.Count <= FindingDigest.ListedPerFile + 1, $"{validated.Count} findings for one file");
        foreach (var text in validated.Concat(quarter.Findings).SelectMany(f => (string?[])[f.Rule, f.Column, f.Value, f.ElementPath]).OfType<string>())
        {
            Assert.False(text.Any(c => char.IsControl(c)), $"a control character in '{text}'");
        }

        foreach (var identity in HostileCorpus.IdentityValues(name))
        {
            Assert.DoesNotContain(identity, string.Join("\n", validated.Select(f => f.ToString())), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(identity, outputs, StringComparison.OrdinalIgnoreCase);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    public static TheoryData<string> CommentaryCases => ["empty", "latin1", "utf16", "nul-bytes", "over-the-limit", "deep-nesting", "long-word", "child-details"];

    [Theory]
    [MemberData(nameof(CommentaryCases))]
    public void ValidateAndRun_HostileCommentary_AgreeAndLeakNothing(string @case)
    {
        var sample = SampleQuarter.Text("commentary.md");
        byte[] content = @case switch
        {
            "empty" => [],
            "latin1" => Encoding.Latin1.GetBytes(sample + "Café\n"),
            "utf16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(sample)],
            "nul-bytes" => Encoding.UTF8.GetBytes(sample + "\0\0\n"),
            "over-the-limit" => Encoding.UTF8.GetBytes(sample + new string('x', CommentaryFile.MaxCharacters)),
            "deep-nesting" => Encoding.UTF8.GetBytes(sample + new string('>', 50_000) + " quote\n"),
            "long-word" => Encoding.UTF8.GetBytes(sample + new string('w', 150_000) + "\n"),
            _ => Encoding.UTF8.GetBytes(sample + "Seen at home, postcode ZZ9 9ZZ, born 03/04/2009.\n"),
        };

        var validated = FileCheck.Check("commentary.md", content, SampleQuarter.Period, RecordSources.All);
        var (quarter, indicators) = SampleQuarter.Aggregate(SampleQuarter.Files(("commentary.md", content)));
        var outputs = Outputs(quarter, indicators);

        var runFindings = quarter.Findings.Where(f => f.File.EndsWith("commentary.md", StringComparison.Ordinal)).ToList();
        Assert.Equal(validated.Select(f => (f.Severity, f.Rule)), runFindings.Select(f => (f.Severity, f.Rule)));
        Assert.DoesNotContain("ZZ9 9ZZ", string.Join("\n", validated.Select(f => f.ToString())), StringComparison.Ordinal);
        Assert.DoesNotContain("ZZ9 9ZZ", Encoding.UTF8.GetString(IndicatorsExport.DataQualityJson(SampleDataSet.Council, SampleQuarter.Period, quarter.Findings)), StringComparison.Ordinal);
        Assert.NotEmpty(outputs);
    }

    /// <summary>Everything a run publishes except the PDFs' drawing: data quality, indicators, and each audience's report model.</summary>
    internal static string Outputs(ValidatedQuarter quarter, QuarterIndicators indicators)
    {
        var all = ReportComposer.ReportAll(quarter, indicators);
        var text = new StringBuilder()
            .Append(Encoding.UTF8.GetString(IndicatorsExport.DataQualityJson(SampleDataSet.Council, SampleQuarter.Period, quarter.Findings)))
            .Append(Encoding.UTF8.GetString(IndicatorsExport.ToCsv(all)))
            .Append(Encoding.UTF8.GetString(IndicatorsExport.ToJson(SampleDataSet.Council, SampleQuarter.Period, all)));
        foreach (var id in AudienceCatalogue.BuiltIn.Ids)
        {
            var model = ReportComposer.Compose(AudienceCatalogue.BuiltIn.Find(id)!, SampleDataSet.Council, "Council", quarter, indicators, "doc");
            text.Append(System.Text.Json.JsonSerializer.Serialize(model, model.GetType()));
        }

        return text.ToString();
    }
}
