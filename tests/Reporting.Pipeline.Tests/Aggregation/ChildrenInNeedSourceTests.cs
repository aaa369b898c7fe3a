using Reporting.Pipeline.Aggregation;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Tests.Aggregation;

public class ChildrenInNeedSourceTests
{
    // 2016/17 Q2: 01/07/2016 to 30/09/2016. Worked by hand on a 2016 calendar (29 August was a bank holiday).
    // Child 1: referred 04/07/2016, previously 01/09/2015 (re-referral); assessment Mon 04/07 → Mon 05/09 = 44 working days (on time);
    //          section 47 Mon 01/08 → conference Mon 22/08 = 15 working days (on time); first plan 22/08.
    // Child 2: referred 15/08/2016, previously 01/06/2015 (over 12 months: not a re-referral); assessment Wed 01/06 → Fri 12/08 = 52 (late);
    //          section 47 Thu 01/09 → conference Fri 23/09 = 16 (late); plan 23/09 with one previous plan (repeat).
    // Child 3: referred 30/09/2016, previously 30/09/2015 (within 12 months); assessment authorised in October (not counted);
    //          enquiry with no conference needed (not counted); plan 01/07/2016 after an earlier plan in 2014 (repeat).
    private const string Census = """
        <?xml version="1.0" encoding="utf-8"?>
        <Message>
          <Header><CollectionDetails><Collection>CIN</Collection><Year>2017</Year><ReferenceDate>2017-03-31</ReferenceDate></CollectionDetails></Header>
          <Children>
            <Child>
              <ChildIdentifiers><LAchildID>ID001</LAchildID><PersonBirthDate>2010-05-01</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>
              <CINdetails><CINreferralDate>2015-09-01</CINreferralDate><ReferralSource>1A</ReferralSource><CINclosureDate>2015-12-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure></CINdetails>
              <CINdetails>
                <CINreferralDate>2016-07-04</CINreferralDate><PrimaryNeedCode>N1</PrimaryNeedCode>
                <Assessments><AssessmentActualStartDate>2016-07-04</AssessmentActualStartDate><AssessmentAuthorisationDate>2016-09-05</AssessmentAuthorisationDate></Assessments>
                <Section47><S47ActualStartDate>2016-08-01</S47ActualStartDate><DateOfInitialCPC>2016-08-22</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>
                <ChildProtectionPlans><CPPstartDate>2016-08-22</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>
              </CINdetails>
            </Child>
            <Child>
              <ChildIdentifiers><LAchildID>ID002</LAchildID><PersonBirthDate>2008-01-01</PersonBirthDate></ChildIdentifiers>
              <CINdetails><CINreferralDate>2015-06-01</CINreferralDate></CINdetails>
              <CINdetails>
                <CINreferralDate>2016-08-15</CINreferralDate>
                <Assessments><AssessmentActualStartDate>2016-06-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2016-08-12</AssessmentAuthorisationDate></Assessments>
                <Section47><S47ActualStartDate>2016-09-01</S47ActualStartDate><DateOfInitialCPC>2016-09-23</DateOfInitialCPC></Section47>
                <ChildProtectionPlans><CPPstartDate>2016-09-23</CPPstartDate><NumberOfPreviousCPP>1</NumberOfPreviousCPP></ChildProtectionPlans>
              </CINdetails>
            </Child>
            <Child>
              <ChildIdentifiers><LAchildID>ID003</LAchildID></ChildIdentifiers>
              <CINdetails>
                <CINreferralDate>2015-09-30</CINreferralDate>
                <ChildProtectionPlans><CPPstartDate>2014-01-01</CPPstartDate><CPPendDate>2014-12-01</CPPendDate></ChildProtectionPlans>
              </CINdetails>
              <CINdetails>
                <CINreferralDate>2016-09-30</CINreferralDate>
                <Assessments><AssessmentActualStartDate>2016-09-30</AssessmentActualStartDate><AssessmentAuthorisationDate>2016-10-10</AssessmentAuthorisationDate></Assessments>
                <Section47><S47ActualStartDate>2016-09-30</S47ActualStartDate><ICPCnotRequired>true</ICPCnotRequired></Section47>
                <ChildProtectionPlans><CPPstartDate>2016-07-01</CPPstartDate></ChildProtectionPlans>
              </CINdetails>
            </Child>
          </Children>
        </Message>
        """;

    [Theory]
    [InlineData(Referrals, 3)]
    [InlineData(ReReferrals, 66.7)]
    [InlineData(AssessmentsIn45Days, 50.0)]
    [InlineData(ConferencesIn15Days, 50.0)]
    [InlineData(RepeatProtectionPlans, 66.7)]
    public void Read_HandWorkedCensus_GivesFigures(string id, double expected)
    {
        var result = new ChildrenInNeedSource().Read(TestQuarter.Files("2016-17-Q2", ("cin.xml", Census)));

        Assert.Empty(result.Findings);
        Assert.Equal((decimal)expected, result.Shown(id));
    }

    [Fact]
    public void Read_LiiaToolsCensusSample_ParsesWithoutCrashing()
    {
        var result = new ChildrenInNeedSource().Read(TestQuarter.Files("2021-22-Q4", ("cin.xml", TestQuarter.Fixture("liia-tools/cin-2022.xml"))));

        // The sample's dates are from 1970, so nothing falls in the quarter; its AssessmentAuthorisationDate is after its start, and every code is valid.
        Assert.Equal(0m, result.Shown(Referrals));
        Assert.False(result.Value(AssessmentsIn45Days).IsAvailable);
        Assert.Empty(result.Errors());
    }

    [Fact]
    public void Read_MalformedXml_IsOneErrorAndEveryFigureNotAvailable()
    {
        var result = new ChildrenInNeedSource().Read(TestQuarter.Files("2016-17-Q2", ("cin.xml", "<Message><Children><Child></Children></Message>")));

        var error = Assert.Single(result.Errors());
        Assert.Contains("not well-formed XML", error.Rule);
        Assert.All(result.Values, v => Assert.False(v.IsAvailable));
    }

    [Fact]
    public void Read_CensusWithXmlNamespace_GivesTheSameFigures()
    {
        var namespaced = Census.Replace("<Message>", "<Message xmlns=\"http://www.dfe.gov.uk/CIN\">", StringComparison.Ordinal);

        var result = new ChildrenInNeedSource().Read(TestQuarter.Files("2016-17-Q2", ("cin.xml", namespaced)));

        Assert.Equal(3m, result.Shown(Referrals));
        Assert.Equal(50.0m, result.Shown(AssessmentsIn45Days));
        Assert.Equal(66.7m, result.Shown(RepeatProtectionPlans));
    }

    [Fact]
    public void Read_AssessmentAfter2030_IsLeftOutAndTheWarningNamesBothCalendarEnds()
    {
        // 2031/32 Q1: an assessment started 01/04/2031 and authorised 02/05/2031 is after the calendar's last year, not before its first.
        const string census = """
            <Message><Children><Child>
              <ChildIdentifiers><LAchildID>ID001</LAchildID></ChildIdentifiers>
              <CINdetails>
                <CINreferralDate>2031-04-01</CINreferralDate>
                <Assessments><AssessmentActualStartDate>2031-04-01</AssessmentActualStartDate><AssessmentAuthorisationDate>2031-05-02</AssessmentAuthorisationDate></Assessments>
              </CINdetails>
            </Child></Children></Message>
            """;

        var result = new ChildrenInNeedSource().Read(TestQuarter.Files("2031-32-Q1", ("cin.xml", census)));

        var warning = Assert.Single(result.Findings);
        Assert.StartsWith("1 assessment(s) or conference(s) in the quarter have a start or end date outside 2010–2030", warning.Rule, StringComparison.Ordinal);
        Assert.False(result.Value(AssessmentsIn45Days).IsAvailable);
    }
}
