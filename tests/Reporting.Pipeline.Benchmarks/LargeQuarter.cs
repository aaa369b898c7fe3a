using System.Globalization;
using System.Text;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles;

namespace Reporting.Pipeline.Benchmarks;

/// <summary>
/// A large council's quarter of record-level uploads, generated deterministically: 2,000 workforce
/// rows, 10,000 SSDA903 episodes (with header, OC2 and OC3), 5,000 missing episodes and a CIN
/// census of 30,000 children. Synthetic values only.
/// </summary>
public static class LargeQuarter
{
    public static readonly FinancialQuarter Period = FinancialQuarter.From("2016-17-Q2");

    /// <summary>The quarter at a scale factor: every record file has <paramref name="scale"/> times the 1× rows.</summary>
    public static QuarterFiles Build(int scale) => Build(2_000 * scale, 10_000 * scale, 5_000 * scale, 30_000 * scale);

    public static QuarterFiles Build(int workers = 2_000, int episodes = 10_000, int missing = 5_000, int children = 30_000)
    {
        var uploads = new Dictionary<string, InputFile>(StringComparer.OrdinalIgnoreCase)
        {
            ["workforce.csv"] = File("workforce.csv", Workforce(workers)),
            ["vacancies.csv"] = File("vacancies.csv", "team,vacancy_fte,agency_cover_fte\n" + string.Concat(Enumerable.Range(0, 40).Select(t => $"Team {t},{t % 7}.5,{t % 3}\n"))),
            ["ssda903/episodes.csv"] = File("ssda903/episodes.csv", Episodes(episodes)),
            ["ssda903/header.csv"] = File("ssda903/header.csv", Header(episodes / 2)),
            ["ssda903/oc2.csv"] = File("ssda903/oc2.csv", HealthOutcomes(episodes / 4)),
            ["ssda903/oc3.csv"] = File("ssda903/oc3.csv", CareLeavers(1_000)),
            ["missing.csv"] = File("missing.csv", Missing(missing)),
            ["cin.xml"] = File("cin.xml", Census(children)),
        };
        return new QuarterFiles(CouncilCode.From(933), Period, uploads, new Dictionary<string, InputFile>());
    }

    /// <summary>A quarter holding only one record file of <paramref name="rows"/> rows: workforce.csv or ssda903/episodes.csv.</summary>
    public static QuarterFiles OneFile(string name, int rows)
    {
        var text = name switch
        {
            "workforce.csv" => Workforce(rows),
            "ssda903/episodes.csv" => Episodes(rows),
            _ => throw new ArgumentException($"No generator for {name}: use workforce.csv or ssda903/episodes.csv.", nameof(name)),
        };
        var uploads = new Dictionary<string, InputFile>(StringComparer.OrdinalIgnoreCase) { [name] = File(name, text) };
        return new QuarterFiles(CouncilCode.From(933), Period, uploads, new Dictionary<string, InputFile>());
    }

    private static InputFile File(string name, string text) => new($"{Period}/{name}", Encoding.UTF8.GetBytes(text), "\"bench\"");

    private static DateOnly Day(int offset) => Period.Start.AddDays(offset);

    private static string D(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Workforce(int rows)
    {
        var csv = new StringBuilder("worker_id,team,role,employment,fte,start_date,end_date,cases,route\n");
        for (var n = 0; n < rows; n++)
        {
            var role = n % 9 == 0 ? 3 : n % 13 == 0 ? 2 : 5;
            var left = n % 8 == 1 ? D(Day(-(n % 270))) : string.Empty;
            var started = n % 50 == 2 ? Day(n % 85) : Day(-(n * 7 % 3000) - 400);
            csv.Append(CultureInfo.InvariantCulture, $"W{n},Team {n % 40},{role},{(n % 4 == 0 ? "agency" : "permanent")},{(n % 5 == 0 ? "0.5" : "1.0")},{D(started)},{left},{(role == 5 ? n % 25 : 0)},{(n % 11 == 0 ? "frontline" : "experienced")}\n");
        }

        return csv.ToString();
    }

    private static string Episodes(int rows)
    {
        var csv = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,PL_DISTANCE\n");
        for (var n = 0; n < rows; n += 2)
        {
            // Two episodes per child: a placement that ended and the current one.
            var start = Day(-(n * 3 % 1500) - 200);
            var move = start.AddDays(100 + (n % 90));
            csv.Append(CultureInfo.InvariantCulture, $"C{n / 2},{D(start)},S,C2,N1,U1,PR1,{D(move)},X1,,,,SC000001,{n % 45}.5\n");
            csv.Append(CultureInfo.InvariantCulture, $"C{n / 2},{D(move)},P,{(n % 50 == 0 ? "V3" : "C2")},N1,U4,PR4,,,CARPL,,,SC000002,{(n % 30 == 0 ? string.Empty : (n % 37).ToString(CultureInfo.InvariantCulture))}\n");
        }

        return csv.ToString();
    }

    private static string Header(int children)
    {
        var csv = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
        for (var n = 0; n < children; n++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"C{n},{(n % 2) + 1},{D(new DateOnly(2002, 1, 1).AddDays(n % 5000))},WBRI,,0,\n");
        }

        return csv.ToString();
    }

    private static string HealthOutcomes(int children)
    {
        var csv = new StringBuilder("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n");
        for (var n = 0; n < children; n++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"C{n},{D(new DateOnly(2002, 1, 1).AddDays(n % 5000))},{n % 30},,0,{(n % 10 == 0 ? 0 : 1)},1,1,1,0,,\n");
        }

        return csv.ToString();
    }

    private static string CareLeavers(int rows)
    {
        var csv = new StringBuilder("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n");
        string[] activities = ["F1", "P2", "F3", "G4", "G5", "0"];
        for (var n = 0; n < rows; n++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"L{n},{D(Period.End.AddYears(-22).AddDays(1 + (n % 1800)))},YES,{activities[n % 6]},B1\n");
        }

        return csv.ToString();
    }

    private static string Missing(int rows)
    {
        var csv = new StringBuilder("CHILD,DOB,MISSING,MIS_START,MIS_END,COHORT,RHI_OFFERED,RHI_DATE\n");
        for (var n = 0; n < rows; n++)
        {
            var back = Day((n * 7 % 95) - 5);
            var interview = n % 3 == 0 ? D(back.AddDays(n % 6)) : string.Empty;
            csv.Append(CultureInfo.InvariantCulture, $"M{n / 3},{D(new DateOnly(2003, 1, 1).AddDays(n % 4000))},{(n % 10 == 0 ? "A" : "M")},{D(back.AddDays(-(n % 3)))},{D(back)},CLA,{(n % 2 == 0 || interview.Length > 0 ? "Y" : "N")},{interview}\n");
        }

        return csv.ToString();
    }

    private static string Census(int children)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Message>\n<Header><CollectionDetails><Collection>CIN</Collection><Year>2017</Year><ReferenceDate>2017-03-31</ReferenceDate></CollectionDetails></Header>\n<Children>\n");
        for (var n = 0; n < children; n++)
        {
            var referral = Day((n % 400) - 300);
            xml.Append(CultureInfo.InvariantCulture, $"<Child><ChildIdentifiers><LAchildID>CIN{n}</LAchildID><UPN>A{n:000000000000}</UPN><PersonBirthDate>{Iso(new DateOnly(2004, 1, 1).AddDays(n % 4000))}</PersonBirthDate><GenderCurrent>{(n % 2) + 1}</GenderCurrent></ChildIdentifiers>");
            xml.Append("<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>");
            if (n % 5 == 0)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<CINdetails><CINreferralDate>{Iso(referral.AddMonths(-7))}</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><CINclosureDate>{Iso(referral.AddMonths(-5))}</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure></CINdetails>");
            }

            xml.Append(CultureInfo.InvariantCulture, $"<CINdetails><CINreferralDate>{Iso(referral)}</CINreferralDate><ReferralSource>3A</ReferralSource><PrimaryNeedCode>N2</PrimaryNeedCode>");
            xml.Append(CultureInfo.InvariantCulture, $"<Assessments><AssessmentActualStartDate>{Iso(referral.AddDays(1))}</AssessmentActualStartDate><AssessmentAuthorisationDate>{Iso(referral.AddDays(20 + (n % 60)))}</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>");
            if (n % 4 == 0)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<Section47><S47ActualStartDate>{Iso(referral.AddDays(2))}</S47ActualStartDate><DateOfInitialCPC>{Iso(referral.AddDays(12 + (n % 20)))}</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>");
                xml.Append(CultureInfo.InvariantCulture, $"<ChildProtectionPlans><CPPstartDate>{Iso(referral.AddDays(12 + (n % 20)))}</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><NumberOfPreviousCPP>{n % 3}</NumberOfPreviousCPP><Reviews><CPPreviewDate>{Iso(referral.AddDays(100))}</CPPreviewDate></Reviews></ChildProtectionPlans>");
            }

            xml.Append("</CINdetails></Child>\n");
        }

        return xml.Append("</Children>\n</Message>\n").ToString();
    }
}
