using System.Text;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.MetricFiles;

namespace Reporting.Pipeline.Tests.MetricFiles;

public class UploadNamesTests
{
    private static RecognisedUpload? Recognise(string name, string text) => UploadNames.Recognise(name, Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("SSDA903_Episodes_2017.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n", "ssda903/episodes.csv")]
    [InlineData("header 2017.csv", "\uFEFFCHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n", "ssda903/header.csv")]
    [InlineData("health 2017.csv", "CHILD,DOB,SDQ_SCORE,HEALTH_CHECK,HEALTH_ASSESSMENT\n", "ssda903/oc2.csv")]
    [InlineData("leavers.csv", "\"CHILD\",\"DOB\",\"IN_TOUCH\",\"ACTIV\",\"ACCOM\"\r\n", "ssda903/oc3.csv")]
    [InlineData("Missing Q2.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END\n", "missing.csv")]
    [InlineData("staff.csv", "worker_id,team,role,employment,fte,start_date,end_date,cases,route\n", "workforce.csv")]
    [InlineData("posts.csv", "team,vacancy_fte,agency_cover_fte\n", "vacancies.csv")]
    [InlineData("figures.csv", "indicator,period,value\n", "measures.csv")]
    [InlineData("Narrative.md", "## Priority 1\n", "commentary.md")]
    [InlineData("CSWW 2017.xml", "<Message><Header/><CSWWWorker><AgencyWorker>0</AgencyWorker></CSWWWorker></Message>", "csww.xml")]
    [InlineData("CIN census.xml", "<Message><Children><Child><ChildIdentifiers/><CINdetails/></Child></Children></Message>", "cin.xml")]
    public void Recognise_FileNotNamedAsTheContract_IsKnownByItsContent(string name, string content, string expected)
    {
        var recognised = Recognise(name, content);

        Assert.Equal(new RecognisedUpload(expected, false, true), recognised);
    }

    [Fact]
    public void Recognise_TargetsUnderAnotherName_IsTheConfigFileNotMeasures() =>
        Assert.Equal(new RecognisedUpload("targets.csv", true, true), Recognise("targets 2017.csv", "indicator,period,target\n"));

    [Theory]
    [InlineData("EPISODES.CSV", "ssda903/episodes.csv")]
    [InlineData("C:\\exports\\measures.csv", "measures.csv")]
    [InlineData("ssda903/oc3.csv", "ssda903/oc3.csv")]
    public void Recognise_ContractName_IsTakenWhateverTheContent(string name, string expected) =>
        Assert.Equal(new RecognisedUpload(expected, false, false), Recognise(name, "anything\n"));

    [Theory]
    [InlineData("notes.csv", "a,b,c\n")]
    [InlineData("photo.xml", "<not-closed")]
    [InlineData("../../etc/passwd", "root:x:0:0\n")]
    public void Recognise_NeitherNameNorContent_IsNull(string name, string content) => Assert.Null(Recognise(name, content));

    [Fact]
    public void Check_EpisodesUnderAnotherName_IsValidatedAsEpisodesNamingRowAndColumn()
    {
        var result = FileCheck.CheckUpload(
            "SSDA903_Episodes_2017.csv",
            Encoding.UTF8.GetBytes("CHILD,DECOM,RNE,LS,PLACE,DEC\n1001,31/02/2016,S,C2,U1,\n"),
            FinancialQuarter.From("2016-17-Q2"),
            RecordSources.All);

        Assert.Equal("ssda903/episodes.csv", result.ReadAs?.Name);
        var error = Assert.Single(result.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(("ssda903/episodes.csv", 2, "DECOM"), (error.File, error.Row, error.Column));
    }
}
