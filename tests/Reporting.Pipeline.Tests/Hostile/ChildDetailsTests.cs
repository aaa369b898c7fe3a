using System.Text;
using Reporting.Domain.Findings;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;
using Reporting.Testing;

namespace Reporting.Pipeline.Tests.Hostile;

/// <summary>
/// The publication-gate issue, item 4: a value in the wrong column is never quoted when it is (or
/// looks like) a child's identifier, date of birth or postcode; item 5: the commentary is checked
/// for them as an error. Each case is the reproduction on the sample quarter.
/// </summary>
public class ChildDetailsTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (@case, file, column) in ChildDetailsCorpus.Cases)
        {
            data.Add(@case, file, column);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateAndRun_DetailsInTheWrongColumn_FindingsSayWhatTheyLookLikeAndQuoteNone(string @case, string name, string column)
    {
        var original = SampleQuarter.Text(name);
        var content = ChildDetailsCorpus.Make(@case, original);
        var secrets = Secrets(name, original);

        var validated = FileCheck.Check(name, Encoding.UTF8.GetBytes(content), SampleQuarter.Period, RecordSources.All);
        var (quarter, indicators) = SampleQuarter.Aggregate(SampleQuarter.Files(SampleQuarter.Replace(name, content)));

        Assert.Contains(validated, f => f.Column == column && f.Value is null && f.Rule.Contains("the value looks like a", StringComparison.Ordinal));
        Assert.Empty(ChildDetailsCorpus.Leaks(string.Join("\n", validated.Concat(quarter.Findings)), secrets));
        Assert.Empty(ChildDetailsCorpus.Leaks(HostileInputTests.Outputs(quarter, indicators), secrets));
    }

    [Fact]
    public void Validate_ShiftedEpisodes_DecomSaysItLooksLikeAChildsIdentifier()
    {
        var content = ChildDetailsCorpus.Make("episodes-shifted", SampleQuarter.Text("ssda903/episodes.csv"));

        var validated = FileCheck.Check("ssda903/episodes.csv", Encoding.UTF8.GetBytes(content), SampleQuarter.Period, RecordSources.All);

        // A shifted row with a value past the header is left out whole (row 2 ends in PL_DISTANCE 3.0);
        // one whose last cell was empty is read, and its DECOM holds the child's id.
        var shifted = validated.First(f => f.Row == 2);
        Assert.Equal((Severity.Error, (string?)null), (shifted.Severity, shifted.Column));
        Assert.Contains("more cells than the header has columns", shifted.Rule, StringComparison.Ordinal);
        var firstRead = content.Split('\n').Select((line, index) => (line, index)).First(l => l.index > 0 && l.line.EndsWith(',')).index + 1;
        var decom = validated.First(f => f.Column == "DECOM");
        Assert.Equal((firstRead, (string?)null), (decom.Row, decom.Value));
        Assert.StartsWith("DECOM is not a date: write dd/mm/yyyy (or yyyy-mm-dd); the value looks like a child's identifier and is not quoted.", decom.Rule, StringComparison.Ordinal);
        Assert.Contains(validated, f => f.Column == "RNE" && f.Rule.Contains("looks like a date that could be a date of birth", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CommentaryWithAChildsDetails_IsAnErrorOnItsLineNamingWhatToChange()
    {
        var commentary = SampleQuarter.Text("commentary.md") + ChildDetailsCorpus.CommentaryLine + "\n";
        var line = commentary.Count(c => c == '\n');

        var validated = FileCheck.Check("commentary.md", Encoding.UTF8.GetBytes(commentary), SampleQuarter.Period, RecordSources.All);

        var error = Assert.Single(validated);
        Assert.Equal((Severity.Error, line, (string?)null), (error.Severity, error.Row, error.Value));
        Assert.Contains("a postcode and a date of birth and a child's identifier", error.Rule, StringComparison.Ordinal);
        Assert.Contains("Remove it", error.Rule, StringComparison.Ordinal);
        Assert.Empty(ChildDetailsCorpus.Leaks(error.ToString(), ChildDetailsCorpus.CommentaryDetails.ToHashSet()));
    }

    [Theory]
    [InlineData("config/council.txt", "Council of LA090000\n")]
    [InlineData("config/context.md", "Our work with the child at AB1 2CD.\n")]
    [InlineData("actions.csv", "indicator,action,owner,due_date,status\nreferrals,Review LA090000's plan,Head of service,31/12/2017,in progress\n")]
    public void Validate_OtherFreeTextWithAChildsDetails_IsAnError(string name, string text)
    {
        var validated = FileCheck.Check(name, Encoding.UTF8.GetBytes(text), SampleQuarter.Period, RecordSources.All);

        Assert.Contains(validated, f => f.Severity == Severity.Error && f.Rule.Contains(ChildDetails.InFreeText, StringComparison.Ordinal) && f.Value is null);
        Assert.Empty(ChildDetailsCorpus.Leaks(string.Join("\n", validated), ChildDetailsCorpus.CommentaryDetails.ToHashSet()));
    }

    [Fact]
    public void Validate_ContextWithAnOfficeAddressUnderContact_IsNoError()
    {
        var validated = FileCheck.Check("config/context.md", Encoding.UTF8.GetBytes("The council was judged inadequate in 2016.\n\n## Contact\n\nPerformance team, County Hall, Chelmsford CM1 1QH\n"), SampleQuarter.Period, RecordSources.All);

        Assert.Empty(validated);
    }

    /// <summary>The file's identifiers and dates of birth, less any that a run of the untouched sample publishes anyway (a date of the quarter, say).</summary>
    private static HashSet<string> Secrets(string name, string original)
    {
        var (quarter, indicators) = SampleQuarter.Aggregate(SampleQuarter.Files());
        var clean = ChildDetailsCorpus.Leaks(HostileInputTests.Outputs(quarter, indicators), ChildDetailsCorpus.Details(name, original).ToHashSet());
        var secrets = ChildDetailsCorpus.Details(name, original).Except(clean).ToHashSet();
        Assert.NotEmpty(secrets);
        return secrets;
    }
}
