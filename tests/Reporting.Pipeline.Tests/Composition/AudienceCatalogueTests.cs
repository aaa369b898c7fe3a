using System.Text;
using Reporting.Domain.Findings;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Tests.Hostile;

namespace Reporting.Pipeline.Tests.Composition;

/// <summary>
/// The hardening issue's audience files that replaced the DfE review silently: a repeated "id", an
/// id of a built-in audience, a section number. Each is an error with its line, and the built-in stays.
/// </summary>
public class AudienceCatalogueTests
{
    private static readonly AudienceDefinition DfE = AudienceCatalogue.BuiltIn.Find("dfe")!;

    private static (AudienceCatalogue Catalogue, Finding Error) Configure(string name, string json)
    {
        var findings = new FindingList();
        var catalogue = AudienceCatalogue.WithConfigured([(name, Encoding.UTF8.GetBytes(json))], findings);
        return (catalogue, Assert.Single(findings));
    }

    [Fact]
    public void WithConfigured_QaFileWithDuplicateIdKeys_IsAnErrorWithItsLineAndDfEStays()
    {
        const string Json = "{\n  \"id\": \"qa\",\n  \"title\": \"QA\",\n  \"readers\": \"QA\",\n  \"marking\": \"OFFICIAL\",\n  \"id\": \"dfe\",\n  \"sections\": [\"Cover\"]\n}";

        var (catalogue, error) = Configure("config/audiences/qa.json", Json);

        Assert.Equal((Severity.Error, 6), (error.Severity, error.Row));
        Assert.Contains("no property may be given twice", error.Rule, StringComparison.Ordinal);
        Assert.Same(DfE, catalogue.Find("dfe"));
        Assert.Null(catalogue.Find("qa"));
    }

    [Fact]
    public void WithConfigured_QaFileWithIdDfe_IsAnErrorAndDoesNotReplaceTheDfEReview()
    {
        var (catalogue, error) = Configure("config/audiences/qa.json", "{\"title\":\"QA\",\"readers\":\"QA\",\"marking\":\"OFFICIAL\",\n\"id\":\"dfe\",\n\"sections\":[\"Cover\"]}");

        Assert.Equal((Severity.Error, 2, "id", "dfe"), (error.Severity, error.Row, error.Column, error.Value));
        Assert.Contains("a council's file cannot replace the built-in dfe document", error.Rule, StringComparison.Ordinal);
        Assert.Same(DfE, catalogue.Find("dfe"));
        Assert.Equal(DfE.Sections, catalogue.Find("dfe")!.Sections);
    }

    [Fact]
    public void CheckUpload_DfeJsonAsTheUploadPageStoresIt_IsRefused()
    {
        var json = Encoding.UTF8.GetBytes("""{"id":"dfe","title":"Quarterly review","readers":"DfE","marking":"OFFICIAL","sections":["Cover"]}""");

        var result = FileCheck.CheckUpload("dfe.json", json, SampleQuarter.Period, RecordSources.All);

        Assert.Equal("audiences/dfe.json", result.ReadAs!.Name);
        var error = Assert.Single(result.Findings);
        Assert.Equal((Severity.Error, "id"), (error.Severity, error.Column));
    }

    [Fact]
    public void WithConfigured_IdNotTheFileName_IsAnError()
    {
        var (catalogue, error) = Configure("config/audiences/board.json", """{"id":"scrutiny","title":"S","readers":"S","marking":"OFFICIAL","sections":["Cover"]}""");

        Assert.Equal((1, "id"), (error.Row, error.Column));
        Assert.Contains("is not the file's name ('board')", error.Rule, StringComparison.Ordinal);
        Assert.Null(catalogue.Find("scrutiny"));
    }

    [Theory]
    [InlineData("[\"Cover\",\n99]")]
    [InlineData("[\"Cover\",\n\"99\"]")]
    [InlineData("[\"Cover\",\n\"Appendix\"]")]
    public void WithConfigured_UnknownSection_IsAnErrorWithItsLine(string sections)
    {
        var (catalogue, error) = Configure("config/audiences/board.json", "{\"id\":\"board\",\"title\":\"B\",\"readers\":\"B\",\"marking\":\"OFFICIAL\",\n\"sections\":" + sections + "}");

        Assert.Equal((Severity.Error, 3), (error.Severity, error.Row));
        Assert.Equal("sections", error.Column);
        Assert.StartsWith("A section is not one a document has (sections are named, not numbered)", error.Rule, StringComparison.Ordinal);
        Assert.Null(catalogue.Find("board"));
    }

    [Fact]
    public void WithConfigured_CouncilsOwnAudience_IsAdded()
    {
        var findings = new FindingList();

        var catalogue = AudienceCatalogue.WithConfigured([("config/audiences/board.json", Encoding.UTF8.GetBytes("""{"id":"board","title":"B","readers":"B","marking":"OFFICIAL","sections":["Cover","Scorecard"]}"""))], findings);

        Assert.Empty(findings);
        Assert.Equal(["dfe", "essex", "cabinet", "board"], catalogue.Ids);
    }
}
