using System.Text;
using Reporting.Domain.Findings;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Tests.Aggregation;
using Reporting.Pipeline.Tests.Hostile;

namespace Reporting.Pipeline.Tests.MetricFiles;

/// <summary>
/// The hardening issue's control characters in council.txt and the commentary, and a right-to-left
/// override kept in the PDF: they are removed with a warning naming the line, and never reach a document.
/// </summary>
public class FreeTextTests
{
    private const string RightToLeftOverride = "\u202E";

    [Fact]
    public void CouncilName_WithControlCharacters_IsReadWithoutThemAndAWarning()
    {
        var findings = new FindingList();

        var name = CouncilNameFile.Read(TestQuarter.Input("config/council.txt", "Sample\u0007 County\u001B Council\r\n"), findings);

        Assert.Equal("Sample County Council", name);
        var warning = Assert.Single(findings);
        Assert.Equal((Severity.Warning, 1, "U+0007, U+001B"), (warning.Severity, warning.Row, warning.Value));
        Assert.Contains("invisible control characters, first on line 1: they are removed", warning.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void CouncilName_WindowsLineEnd_IsNoFinding()
    {
        var findings = new FindingList();

        Assert.Equal("Sample County Council", CouncilNameFile.Read(TestQuarter.Input("config/council.txt", "Sample County Council\r\nsecond line\r\n"), findings));
        Assert.Empty(findings);
    }

    [Fact]
    public void Commentary_RightToLeftOverride_IsRemovedBeforeAnyDocument()
    {
        var sample = SampleQuarter.Text("commentary.md");
        var content = Encoding.UTF8.GetBytes(sample + $"Caseloads {RightToLeftOverride}fell\u2066 sharply\u0000.\n");

        var validated = FileCheck.Check("commentary.md", content, SampleQuarter.Period, RecordSources.All);
        var (quarter, indicators) = SampleQuarter.Aggregate(SampleQuarter.Files(("commentary.md", content)));

        var warning = Assert.Single(validated);
        Assert.Equal((Severity.Warning, sample.Split('\n').Length, "U+0000, U+202E, U+2066"), (warning.Severity, warning.Row, warning.Value));
        Assert.Contains("override", warning.Rule, StringComparison.Ordinal);
        var outputs = HostileInputTests.Outputs(quarter, indicators);
        Assert.DoesNotContain(RightToLeftOverride, outputs, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2066", outputs, StringComparison.Ordinal);
        Assert.Contains("Caseloads fell sharply.", string.Concat(quarter.Commentary.ByPriority.Values.Append(quarter.Commentary.Summary ?? string.Empty).Append(quarter.Commentary.Risks ?? string.Empty)), StringComparison.Ordinal);
    }

    [Fact]
    public void Context_ControlCharacters_AreRemovedWithAWarning()
    {
        var findings = new FindingList();

        var context = ContextFile.Read(TestQuarter.Input("config/context.md", "Ofsted judged\u0008 the service\u202D good.\n"), findings);

        Assert.Equal("Ofsted judged the service good.", context!.Context);
        Assert.Equal(Severity.Warning, Assert.Single(findings).Severity);
    }

    [Fact]
    public void Actions_OverrideInTheActionText_IsAnErrorAndTheActionLeftOut()
    {
        var findings = new FindingList();

        var actions = ActionsFile.Read(TestQuarter.Input("actions.csv", $"indicator,action,owner,due_date,status\nreferrals,Audit {RightToLeftOverride}referrals,Head of service,31/12/2017,in progress\n"), findings);

        Assert.Empty(actions);
        var error = Assert.Single(findings);
        Assert.Equal((Severity.Error, 2, "action"), (error.Severity, error.Row, error.Column));
        Assert.Contains("invisible control characters", error.Rule, StringComparison.Ordinal);
    }
}
