using System.Text;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.SampleData;

/// <summary>The sample council's narrative for a quarter, written from its own figures.</summary>
internal static class SampleCommentary
{
    public static string For(int index)
    {
        var period = SampleArc.Quarters[index];
        string F(string id) => Get(id).Format(SampleArc.Figure(SampleArc.All.Single(s => s.IndicatorId == id), index).Value);
        string From(string id) => Get(id).Format(SampleArc.Figure(SampleArc.All.Single(s => s.IndicatorId == id), 0).Value);

        var text = new StringBuilder();
        text.Append("# Commentary for ").Append(period.Label).Append("\n\n");
        text.Append("## Summary\n\n")
            .Append($"Caseloads are {F(CaseloadAverage)} per social worker (from {From(CaseloadAverage)} at the start of the plan) ")
            .Append($"and turnover is {F(TurnoverRate)}. Permanent staff now make up {F(PermanentPercent)} of the workforce. ")
            .Append("The improvement board met monthly this quarter; the Minister's office received the previous review.\n\n");
        text.Append("## Priority 1\n\n")
            .Append($"Senior leadership posts filled permanently: {F("leadership-permanent-pct")}. The Director of Children's Services chairs the improvement board; *interim* posts are being replaced as appointments are made.\n\n");
        text.Append("## Priority 2\n\n")
            .Append($"- {F(RecruitedPermanent)} permanent social workers started this quarter, {F(RecruitedGraduate)} of them through graduate routes.\n")
            .Append($"- Average caseload {F(CaseloadAverage)}; turnover {F(TurnoverRate)} against an England average of about 15%.\n")
            .Append("- The recruitment and retention offer (market supplement, protected caseloads for newly qualified staff) continues.\n\n");
        text.Append("## Priority 3\n\n")
            .Append($"Each team manager supervises {F(ManagerSpan)} case-holding social workers on average. The management development programme's second cohort started.\n\n");
        text.Append("## Priority 4\n\n")
            .Append($"{F(AssessmentsIn45Days)} of assessments were completed within 45 working days and {F("audit-good-pct")} of audited cases were rated good or better.\n\n");
        text.Append("## Priority 5\n\n")
            .Append($"Re-referrals within 12 months stand at {F(ReReferrals)}. The multi-agency safeguarding hub screened every contact within one working day.\n\n");
        text.Append("## Priority 6\n\n")
            .Append($"Return home interviews took place after {F(ReturnInterviewHeld)} of missing episodes (from {From(ReturnInterviewHeld)}), ")
            .Append("after the service was brought in-house and staffed seven days a week.\n\n");
        text.Append("## Priority 7\n\n")
            .Append($"{F("early-help-assessments")} early help assessments were started, most of them by schools and health visitors.\n\n");
        text.Append("## Priority 8\n\n")
            .Append($"{F(PlacedOver20Miles)} of children looked after are placed more than 20 miles from home (from {From(PlacedOver20Miles)}). ")
            .Append("The fostering recruitment campaign approved new local carers this quarter.\n\n");
        text.Append("## Priority 9\n\n")
            .Append($"Health assessments are up to date for {F(HealthAssessments)} of children in care for a year or more. Adoption remains a strength.\n\n");
        text.Append("## Risks\n\n")
            .Append("- Reliance on agency social workers in the assessment teams while permanent recruits complete induction.\n")
            .Append("- Placement sufficiency: too few local foster carers for teenagers.\n")
            .Append("- Data quality in the new case management system while it beds in.\n");
        return text.ToString();
    }
}
