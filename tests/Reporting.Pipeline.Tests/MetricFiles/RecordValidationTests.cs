using System.Text;
using Reporting.Domain.Findings;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Tests.Aggregation;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Tests.MetricFiles;

/// <summary>One malformed file per family of validation rule: each problem is a finding that says where, never a crash.</summary>
public class RecordValidationTests
{
    private static SourceResult Read(IRecordSource source, string period, params (string, string)[] uploads) =>
        source.Read(TestQuarter.Files(period, uploads));

    [Fact]
    public void Read_RequiredColumnMissing_FileUnusableAndIndicatorsNotAvailable()
    {
        var result = Read(new WorkforceSource(), "2016-17-Q2", ("workforce.csv", "worker_id,team,role,employment\nW1,A,5,permanent\n"));

        var error = Assert.Single(result.Errors());
        Assert.Equal(("fte", 1), (error.Column, error.Row));
        Assert.All(result.Values, v => Assert.Contains("could not be used", v.NotAvailableReason));
    }

    [Fact]
    public void Read_UnknownColumn_IsAWarningAndTheFileIsUsed()
    {
        var result = Read(new MissingSource(), "2016-17-Q2", ("missing.csv", "CHILD,MISSING,MIS_START,MIS_END,FAVOURITE_COLOUR\nC1,M,01/07/2016,02/07/2016,blue\n"));

        var warning = Assert.Single(result.Findings);
        Assert.Equal((Severity.Warning, 1, null), (warning.Severity, warning.Row, warning.Column));
        Assert.Contains("Column 5 of the header", warning.Rule, StringComparison.Ordinal);
        Assert.Equal(1m, result.Shown(MissingEpisodes));
    }

    [Fact]
    public void Read_InvalidDate_IsAnErrorNamingRowAndColumnWithoutQuotingTheDate()
    {
        var result = Read(new MissingSource(), "2016-17-Q2", ("missing.csv", "CHILD,MISSING,MIS_START,MIS_END\nC1,M,01/07/2016,31/02/2016\nC2,M,01/07/2016,02/07/2016\n"));

        var error = Assert.Single(result.Errors());
        Assert.Equal((2, "MIS_END", null), (error.Row, error.Column, error.Value));
        Assert.Contains("dd/mm/yyyy", error.Rule);
        Assert.Contains("the value looks like a date that could be a date of birth and is not quoted", error.Rule);
        Assert.Equal(1m, result.Shown(MissingEpisodes));
    }

    [Fact]
    public void Read_NumberOutOfRange_IsAnErrorAndTheRowIsLeftOut()
    {
        var result = Read(new WorkforceSource(), "2016-17-Q2", ("workforce.csv", "worker_id,team,role,employment,fte\nW1,A,5,permanent,1.5\nW2,A,5,agency,abc\nW3,A,5,permanent,1\n"));

        Assert.Equal([(2, "fte"), (3, "fte")], result.Errors().Select(e => (e.Row!.Value, e.Column!)));
        Assert.Contains("out of range", result.Errors().First().Rule);
        Assert.Equal(100m, result.Shown(PermanentPercent));
    }

    [Fact]
    public void Read_UnknownDfeCode_IsAnErrorListingTheValidCodes()
    {
        var result = Read(new LookedAfterSource(), "2016-17-Q4", ("ssda903/episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC\nA,01/01/2017,S,Z9,U1,\nB,01/01/2017,S,C2,Q7,\n"));

        Assert.Equal(["LS", "PLACE"], result.Errors().Select(e => e.Column));
        Assert.Contains("C1, C2", result.Errors().First().Rule);
        Assert.Null(result.Shown(ChildrenLookedAfter)); // no usable episode: not available, not a false zero
    }

    [Fact]
    public void Read_DatesInTheWrongOrder_IsAnError()
    {
        var result = Read(new LookedAfterSource(), "2016-17-Q4", ("ssda903/episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC\nA,01/03/2017,S,C2,U1,01/02/2017\n"));

        var error = Assert.Single(result.Errors());
        Assert.Equal(("DEC", 2), (error.Column, error.Row));
        Assert.Contains("before DECOM", error.Rule);
    }

    [Fact]
    public void Read_WrongXmlRoot_IsAnError()
    {
        var result = Read(new WorkforceSource(), "2016-17-Q2", ("csww.xml", "<Workers><CSWWWorker/></Workers>"));

        var error = Assert.Single(result.Errors());
        Assert.Contains("root element is <Workers>", error.Rule);
        Assert.All(result.Values, v => Assert.False(v.IsAvailable));
    }

    [Fact]
    public void Read_XmlWithDoctype_IsRefused()
    {
        const string hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE Message [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <Message><Children><Child><ChildIdentifiers><LAchildID>&x;</LAchildID></ChildIdentifiers></Child></Children></Message>
            """;
        var result = Read(new ChildrenInNeedSource(), "2016-17-Q2", ("cin.xml", hostile));

        Assert.Single(result.Errors());
        Assert.All(result.Values, v => Assert.False(v.IsAvailable));
    }

    [Fact]
    public void Read_XmlElementMissingOrBad_LeavesOutOnlyThatElement()
    {
        const string census = """
            <Message><Children>
              <Child><CINdetails><CINreferralDate>2016-07-01</CINreferralDate></CINdetails></Child>
              <Child><ChildIdentifiers><LAchildID>X</LAchildID></ChildIdentifiers>
                <CINdetails><CINreferralDate>2016-07-01</CINreferralDate><ReferralSource>ZZ</ReferralSource></CINdetails>
                <CINdetails><CINreferralDate>2016-08-01</CINreferralDate>
                  <Assessments><AssessmentActualStartDate>2016-08-10</AssessmentActualStartDate><AssessmentAuthorisationDate>2016-08-01</AssessmentAuthorisationDate></Assessments>
                </CINdetails>
              </Child>
            </Children></Message>
            """;
        var result = Read(new ChildrenInNeedSource(), "2016-17-Q2", ("cin.xml", census));

        Assert.Equal(
            ["/Message/Children/Child[1]", "/Message/Children/Child[2]/CINdetails[1]", "/Message/Children/Child[2]/CINdetails[2]/Assessments[1]"],
            result.Errors().Select(e => e.ElementPath));
        Assert.Equal(1m, result.Shown(Referrals));
    }

    [Fact]
    public void Read_NotUtf8OrEmpty_IsAnErrorNotACrash()
    {
        var latin1 = new InputFile("2016-17-Q2/missing.csv", Encoding.Latin1.GetBytes("CHILD,MISSING,MIS_START,MIS_END\nCafé,M,01/07/2016,\n"), "\"e\"");
        var files = new QuarterFiles(Reporting.Domain.Councils.CouncilCode.From(933), Reporting.Domain.Periods.FinancialQuarter.From("2016-17-Q2"),
            new Dictionary<string, InputFile>(StringComparer.OrdinalIgnoreCase) { ["missing.csv"] = latin1 }, new Dictionary<string, InputFile>());

        Assert.Contains("UTF-8", Assert.Single(new MissingSource().Read(files).Errors()).Rule);
        Assert.Contains("empty", Assert.Single(Read(new MissingSource(), "2016-17-Q2", ("missing.csv", "")).Errors()).Rule);
    }

    [Fact]
    public void Read_DuplicateWorker_IsAWarning()
    {
        var result = Read(new WorkforceSource(), "2016-17-Q2", ("workforce.csv", "worker_id,team,role,employment,fte\nW1,A,5,permanent,1\nW1,B,5,permanent,1\n"));

        var warning = Assert.Single(result.Findings);
        Assert.Equal((Severity.Warning, 3, "worker_id", null), (warning.Severity, warning.Row, warning.Column, warning.Value));
    }

    [Fact]
    public void Validate_SameProblemOnManyRows_ListsTwentyAndCountsTheRest()
    {
        var rows = string.Concat(Enumerable.Range(0, 120).Select(n => $"C{n},M,01/07/2016,02/07/2016,XX\n"));
        var files = TestQuarter.Files("2016-17-Q2", ("missing.csv", "CHILD,MISSING,MIS_START,MIS_END,COHORT\n" + rows));

        var validated = QuarterValidation.Validate(files, [new MissingSource()]);

        Assert.Equal(21, validated.Findings.Count);
        Assert.Contains("100 more rows", validated.Findings[^1].Rule);
        Assert.False(validated.RecordLevel.Single(v => v.IndicatorId == MissingEpisodes).IsAvailable); // every row rejected: not a false zero
    }
}
