using System.Text;
using Reporting.Domain.Findings;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.MetricFiles.ChildrenInNeed;
using Reporting.Pipeline.MetricFiles.RecordFields;
using Reporting.Pipeline.Tests.Aggregation;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Tests.MetricFiles;

/// <summary>
/// The streamed census XML reader: the records and findings a reader of the file would expect
/// (worked out by hand), and a clear error, soon, for XML that is empty, hostile or absurdly deep.
/// </summary>
public class RecordXmlTests
{
    private static InputFile Cin(string text) => TestQuarter.Input("2016-17-Q2/cin.xml", text);

    [Fact]
    public void Read_CensusWithCommentsCdataAndTwoChildrenBlocks_GivesEachChildAndPathAsWritten()
    {
        // Three children in two <Children> blocks (numbering runs on across them, as the path
        // "/Message/Children/Child[n]" names them), values with comments, CDATA and padding.
        const string census = """
            <?xml version="1.0" encoding="utf-8"?>
            <!-- exported for DfE -->
            <Message xmlns="http://www.dfe.gov.uk/CIN">
              <Header><Source>sample</Source></Header>
              <Children>
                <Child>
                  <ChildIdentifiers><LAchildID>A1</LAchildID><PersonBirthDate>2010-05-01</PersonBirthDate></ChildIdentifiers>
                  <CINdetails><CINreferralDate><![CDATA[2016-07-04]]></CINreferralDate><ReferralSource> 1A </ReferralSource>
                    <Assessments><AssessmentActualStartDate>2016-07-05</AssessmentActualStartDate><!-- checked --><AssessmentAuthorisationDate>2016-08-01</AssessmentAuthorisationDate></Assessments>
                  </CINdetails>
                  <CINdetails><CINreferralDate>2015-12-01</CINreferralDate><CINclosureDate>2016-02-01</CINclosureDate></CINdetails>
                </Child>
              </Children>
              <Children>
                <Child>
                  <ChildIdentifiers><LAchildID>B2</LAchildID></ChildIdentifiers>
                  <CINdetails><CINreferralDate>2016-09-30</CINreferralDate>
                    <Section47><S47ActualStartDate>2016-09-01</S47ActualStartDate><DateOfInitialCPC>2016-09-20</DateOfInitialCPC></Section47>
                    <Section47><S47ActualStartDate>2016-09-21</S47ActualStartDate><DateOfInitialCPC>someday</DateOfInitialCPC></Section47>
                    <ChildProtectionPlans><CPPstartDate>2016-09-20</CPPstartDate><NumberOfPreviousCPP>1</NumberOfPreviousCPP></ChildProtectionPlans>
                  </CINdetails>
                </Child>
                <Child><ChildIdentifiers><LAchildID>C3</LAchildID></ChildIdentifiers><CINdetails><CINreferralDate>2016-10-01</CINreferralDate><ReferralSource>ZZ</ReferralSource></CINdetails></Child>
              </Children>
            </Message>
            """;
        var children = new List<CinChild>();
        var findings = new FindingList();

        Assert.True(CinCensusFile.Read(Cin(census), children.Add, findings));

        Assert.Equal(3, children.Count);
        Assert.Equal([new DateOnly(2016, 7, 4), new DateOnly(2015, 12, 1)], children[0].Referrals);
        Assert.Equal(new CinAssessment(new DateOnly(2016, 7, 5), new DateOnly(2016, 8, 1)), Assert.Single(children[0].Assessments));
        Assert.Equal(new CinEnquiry(new DateOnly(2016, 9, 1), new DateOnly(2016, 9, 20), false), Assert.Single(children[1].Enquiries));
        Assert.Equal(new CinProtectionPlan(new DateOnly(2016, 9, 20), 1), Assert.Single(children[1].Plans));
        Assert.Empty(children[2].Referrals); // its only CINdetails has an unknown referral source
        Assert.Equal(
            [("/Message/Children/Child[2]/CINdetails[1]/Section47[2]", "DateOfInitialCPC", "someday"), ("/Message/Children/Child[3]/CINdetails[1]", "ReferralSource", "ZZ")],
            findings.Select(f => (f.ElementPath, f.Column, f.Value)));
    }

    [Fact]
    public void Read_ElementNested150000Deep_EndsWithOneFindingNamingFileAndPath()
    {
        var depth = 150_000;
        var text = new StringBuilder("<Message><Children><Child>");
        text.Insert(text.Length, "<x>", depth).Insert(text.Length, "</x>", depth).Append("</Child></Children></Message>");

        var result = new ChildrenInNeedSource().Read(TestQuarter.Files("2016-17-Q2", ("cin.xml", text.ToString())));

        var error = Assert.Single(result.Findings);
        Assert.Equal("2016-17-Q2/cin.xml", error.File);
        Assert.StartsWith("/Message/Children/Child/x/x/", error.ElementPath);
        Assert.Equal(RecordXml.MaxDepth + 1, error.ElementPath!.Count(c => c == '/'));
        Assert.Contains($"nested more than {RecordXml.MaxDepth} deep", error.Rule);
        Assert.All(result.Values, v => Assert.False(v.IsAvailable));
    }

    [Fact]
    public void Read_DeepNestingOutsideAnyRecord_IsRefusedToo()
    {
        var text = new StringBuilder("<Message>").Insert(9, "<Header>", 5_000).ToString();

        var result = new WorkforceSource().Read(TestQuarter.Files("2016-17-Q2", ("csww.xml", text)));

        Assert.StartsWith("/Message/Header/Header/", Assert.Single(result.Errors()).ElementPath);
    }

    [Fact]
    public void Read_RecordWithTensOfThousandsOfElements_IsRefusedNamingTheRecord()
    {
        var text = new StringBuilder("<Message><Children><Child>").Insert(26, "<CINdetails/>", RecordXml.MaxElementsPerRecord + 1).Append("</Child></Children></Message>");
        var findings = new FindingList();

        Assert.False(CinCensusFile.Read(Cin(text.ToString()), _ => { }, findings));

        var error = Assert.Single(findings);
        Assert.Equal("/Message/Children/Child[1]", error.ElementPath);
        Assert.Contains("more than 10,000 elements", error.Rule);
    }

    [Fact]
    public void Read_ElementWith210000Attributes_IsRefusedBeforeTheXmlReaderParsesThem()
    {
        // The hardening issue's reproduction: the XML reader's time grows with the square of one
        // element's attributes (210k: 0.6 s, 840k: 10 s). The report gives the before/after figures.
        var text = new StringBuilder("<?xml version=\"1.0\"?>\n<Message xmlns=\"http://www.dfe.gov.uk/CIN\">\n<!-- a > b --><Children><Child><![CDATA[<Child a=\"1\">]]><ChildIdentifiers a=\"=\" b='>'/>\n<CINdetails");
        for (var i = 0; i < 210_000; i++)
        {
            text.Append(" a").Append(i).Append("=\"1\"");
        }

        var findings = new FindingList();

        Assert.False(CinCensusFile.Read(Cin(text.Append("/></Child></Children></Message>").ToString()), _ => { }, findings));

        var error = Assert.Single(findings);
        Assert.Equal("/Message/Children/Child/CINdetails", error.ElementPath);
        Assert.StartsWith("The element on line 4 has more than 100 attributes", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf16CensusWithAnOverFullElement_IsRefusedToo()
    {
        var attributes = string.Concat(Enumerable.Range(0, RecordXml.MaxAttributesPerElement + 1).Select(i => $" a{i}=\"1\""));
        byte[] content = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes($"<?xml version=\"1.0\" encoding=\"utf-16\"?><Message><Children><Child{attributes}/></Children></Message>")];
        var findings = new FindingList();

        Assert.False(RecordXml.Read(new InputFile("2016-17-Q2/cin.xml", content, "\"t\""), "Message", ["Child"], _ => { }, findings));

        Assert.Equal("/Message/Children/Child", Assert.Single(findings).ElementPath);
    }

    [Fact]
    public void Read_ElementsWithAttributesUpToTheBound_AreRead()
    {
        var attributes = string.Concat(Enumerable.Range(0, RecordXml.MaxAttributesPerElement).Select(i => $" a{i}='x=y>'"));
        var findings = new FindingList();
        var children = 0;

        Assert.True(RecordXml.Read(Cin($"<Message><Children><Child{attributes}/><Child{attributes}></Child></Children></Message>"), "Message", ["Child"], _ => children++, findings));

        Assert.Empty(findings);
        Assert.Equal(2, children);
    }

    [Theory]
    [InlineData("", "The file is empty (0 bytes)")]
    [InlineData("  \r\n\t ", "The file contains no XML, only blank space")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE Message SYSTEM \"census.dtd\">\n<Message/>", "The file declares a DTD (<!DOCTYPE ...>), which census XML never has: for safety")]
    public void Read_EmptyOrDtdFile_SaysWhatItIs(string text, string expected)
    {
        var result = new ChildrenInNeedSource().Read(TestQuarter.Files("2016-17-Q2", ("cin.xml", text)));

        var error = Assert.Single(result.Errors());
        Assert.StartsWith(expected, error.Rule);
        Assert.DoesNotContain("line 0", error.Rule);
    }

    [Theory]
    [InlineData("<!DOCTYPE Message [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Message><Children><Child><ChildIdentifiers><LAchildID>&x;</LAchildID></ChildIdentifiers></Child></Children></Message>")]
    [InlineData("<?xml version=\"1.0\"?><!-- laughs --><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><Message>&lol3;</Message>")]
    public void Read_ExternalEntityOrBillionLaughs_SaysTheFileDefinesEntitiesAndReadsNothing(string hostile)
    {
        var result = new WorkforceSource().Read(TestQuarter.Files("2016-17-Q2", ("csww.xml", hostile)));

        var error = Assert.Single(result.Errors());
        Assert.Contains("declares a DTD", error.Rule);
        Assert.Contains("defines entities", error.Rule);
        Assert.DoesNotContain("passwd", error.Rule);
        Assert.All(result.Values, v => Assert.False(v.IsAvailable));
    }

    [Fact]
    public void Read_CensusWithByteOrderMark_IsReadAsWithout()
    {
        const string census = "<Message><Children><Child><ChildIdentifiers><LAchildID>A</LAchildID></ChildIdentifiers><CINdetails><CINreferralDate>2016-07-01</CINreferralDate></CINdetails></Child></Children></Message>";
        var files = new QuarterFiles(Reporting.Domain.Councils.CouncilCode.From(933), Reporting.Domain.Periods.FinancialQuarter.From("2016-17-Q2"),
            new Dictionary<string, InputFile>(StringComparer.OrdinalIgnoreCase) { ["cin.xml"] = TestQuarter.Input("2016-17-Q2/cin.xml", census, byteOrderMark: true) },
            new Dictionary<string, InputFile>());

        var result = new ChildrenInNeedSource().Read(files);

        Assert.Empty(result.Findings);
        Assert.Equal(1m, result.Shown(Referrals));
    }
}
