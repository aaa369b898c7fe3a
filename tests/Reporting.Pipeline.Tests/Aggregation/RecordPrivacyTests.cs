using Reporting.Pipeline.Aggregation;

namespace Reporting.Pipeline.Tests.Aggregation;

/// <summary>No child identifier, date of birth or postcode reaches a finding or an indicator value, even when those fields are malformed.</summary>
public class RecordPrivacyTests
{
    private static readonly string[] Secrets = ["SECRETCHILD", "1999-02-30", "30/02/1999", "12/12/2004", "2004-12-12", "SW1A 1AA", "SW1A1AA", "M60 2LA", "WORKER77", "UPN9988"];

    [Fact]
    public void Read_EverySourceWithBadChildLevelFields_NeverEchoesThem()
    {
        const string episodes = """
            CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
            SECRETCHILD1,01/01/2017,S,C2,N1,U1,PR1,,,,SW1A 1AA,M60 2LA,1
            SECRETCHILD2,31/02/2017,S,XX,N1,U1,PR1,,,,SW1A1AA,,1
            ,01/01/2017,S,C2,N1,U1,PR1,,,,M60 2LA,SW1A 1AA,1
            """;
        const string header = """
            CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
            SECRETCHILD1,1,30/02/1999,WBRI,UPN9988,0,
            SECRETCHILD2,3,12/12/2004,XXXX,UPN9988,1,30/02/1999
            """;
        const string oc3 = """
            CHILD,DOB,IN_TOUCH,ACTIV,ACCOM
            SECRETCHILD1,30/02/1999,YES,F1,B1
            SECRETCHILD2,12/12/2004,YES,Q9,B1
            """;
        const string postcodes = """
            postcode,easting,northing
            SW1A 1AA,abc,179000
            M60 2LA,384000,398000
            """;
        const string missing = """
            CHILD,DOB,MISSING,MIS_START,MIS_END,RHI_OFFERED,RHI_DATE
            SECRETCHILD1,30/02/1999,M,01/07/2016,02/07/2016,Y,01/07/2016
            SECRETCHILD1,12/12/2004,M,01/07/2016,02/07/2016,Y,
            SECRETCHILD2,2004-12-12,X,01/07/2016,02/07/2016,Y,
            """;
        const string workforce = """
            worker_id,team,role,employment,fte,start_date,end_date,cases
            WORKER77,A,5,permanent,1,,,10
            WORKER77,A,5,permanent,2,,,10
            WORKER77,A,5,permanent,1,,,10
            ,A,5,permanent,1,,,10
            """;
        const string cin = """
            <Message><Children>
              <Child><ChildIdentifiers><LAchildID>SECRETCHILD1</LAchildID><UPN>UPN9988</UPN><PersonBirthDate>1999-02-30</PersonBirthDate></ChildIdentifiers></Child>
              <Child><ChildIdentifiers><LAchildID>SECRETCHILD1</LAchildID><PersonBirthDate>2004-12-12</PersonBirthDate></ChildIdentifiers>
                <CINdetails><CINreferralDate>2016-13-01</CINreferralDate></CINdetails></Child>
              <Child><ChildIdentifiers><LAchildID></LAchildID></ChildIdentifiers></Child>
            </Children></Message>
            """;
        const string csww = """
            <Message><LALevelVacancies><NumberOfVacancies>1</NumberOfVacancies></LALevelVacancies>
              <CSWWWorker><AgencyWorker>0</AgencyWorker><SWENo>WORKER77</SWENo><FTE>1</FTE><PersonBirthDate>1999-02-30</PersonBirthDate><OrgRole>9</OrgRole></CSWWWorker>
            </Message>
            """;
        var files = TestQuarter.Files(
            "2016-17-Q2",
            [("ssda903/episodes.csv", episodes), ("ssda903/header.csv", header), ("ssda903/oc3.csv", oc3), ("missing.csv", missing),
             ("workforce.csv", workforce), ("cin.xml", cin)],
            [("postcodes.csv", postcodes)]);
        var censusOnly = TestQuarter.Files("2016-17-Q2", ("csww.xml", csww));

        var results = RecordSources.All.Select(s => s.Read(files)).Append(new WorkforceSource().Read(censusOnly)).ToList();

        var findings = results.SelectMany(r => r.Findings).ToList();
        Assert.True(findings.Count >= 15, $"expected the malformed fields to be found, got {findings.Count} findings");
        var texts = findings.Select(f => f.ToString())
            .Concat(results.SelectMany(r => r.Values).Select(v => $"{v.Source} {v.NotAvailableReason}"))
            .Concat(results.SelectMany(r => r.Teams).Select(t => t.Team));
        foreach (var text in texts)
        {
            foreach (var secret in Secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
