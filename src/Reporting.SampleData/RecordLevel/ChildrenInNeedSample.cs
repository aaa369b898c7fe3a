using System.Text;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.SampleData.RecordLevel;

/// <summary>
/// A CIN census extract per quarter. Assessments authorised in the quarter (the arc's cohort) took
/// 30 calendar days (on time) or 80 (late, well over 45 working days); initial conferences came 14
/// calendar days after the section 47 started (on time) or 35 (late, over 15 working days); the
/// arc's child protection plans start at the first conferences, repeat plans marked by
/// NumberOfPreviousCPP. Referrals without an assessment in the quarter make up the arc's referral
/// count, and the arc's re-referrals have an earlier referral six months before.
/// </summary>
internal static class ChildrenInNeedSample
{
    private static readonly string[] Sources = ["1A", "1B", "2A", "3A", "3E", "5A", "5D", "6"];

    private sealed record Episode(DateOnly Referral, DateOnly? AssessmentStart, DateOnly? Authorised, DateOnly? EnquiryStart, DateOnly? Conference, int? PreviousPlans);

    public static string Build(int index)
    {
        var period = SampleArc.Quarters[index];
        var referrals = (int)RecordLevelFiles.Value(Referrals, index);
        var (_, rereferred, _) = RecordLevelFiles.Cohort(ReReferrals, index);
        var (_, assessedOnTime, assessed) = RecordLevelFiles.Cohort(AssessmentsIn45Days, index);
        var (_, conferencesOnTime, conferences) = RecordLevelFiles.Cohort(ConferencesIn15Days, index);
        var (_, repeatPlans, plans) = RecordLevelFiles.Cohort(RepeatProtectionPlans, index);
        var days = period.End.DayNumber - period.Start.DayNumber + 1;

        var episodes = new List<Episode>();
        for (var n = 0; n < assessed; n++)
        {
            var authorised = period.Start.AddDays(n * 31 % days);
            var started = authorised.AddDays(n < assessedOnTime ? -30 : -80);
            DateOnly? enquiry = null, conference = null;
            int? previousPlans = null;
            if (n < conferences)
            {
                conference = period.Start.AddDays(n * 13 % days);
                enquiry = conference.Value.AddDays(n < conferencesOnTime ? -14 : -35);
                previousPlans = n < plans ? (n < repeatPlans ? 1 + (n % 2) : 0) : null;
            }

            episodes.Add(new Episode(started.AddDays(-1), started, authorised, enquiry, conference, previousPlans));
        }

        var inQuarter = episodes.Count(e => period.Dates.Contains(e.Referral));
        for (var n = inQuarter; n < referrals; n++)
        {
            episodes.Add(new Episode(period.Start.AddDays(n * 17 % days), null, null, null, null, null));
        }

        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n      <Collection>CIN</Collection>\n")
            .Append("      <Year>").Append(period.End.Year).Append("</Year>\n      <ReferenceDate>").Append(RecordLevelFiles.Iso(period.End)).Append("</ReferenceDate>\n")
            .Append("    </CollectionDetails>\n    <Source>\n      <SourceLevel>L</SourceLevel>\n      <LEA>933</LEA>\n      <SoftwareCode>Reporting sample data</SoftwareCode>\n    </Source>\n  </Header>\n  <Children>\n");
        var rereferralsLeft = rereferred;
        for (var n = 0; n < episodes.Count; n++)
        {
            var episode = episodes[n];
            var born = new DateOnly(2003, 1, 1).AddDays(n * 53 % 5000);
            xml.Append("    <Child>\n      <ChildIdentifiers>\n        <LAchildID>CIN").Append(index.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append(n.ToString("00000", System.Globalization.CultureInfo.InvariantCulture))
                .Append("</LAchildID>\n        <PersonBirthDate>").Append(RecordLevelFiles.Iso(born)).Append("</PersonBirthDate>\n        <GenderCurrent>").Append((n % 2) + 1).Append("</GenderCurrent>\n      </ChildIdentifiers>\n");
            if (period.Dates.Contains(episode.Referral))
            {
                // Re-referrals have an earlier referral six months before; every seventh other child one two years before.
                if (rereferralsLeft > 0)
                {
                    rereferralsLeft--;
                    Details(xml, episode.Referral.AddMonths(-6), closed: episode.Referral.AddMonths(-3), null, n);
                }
                else if (n % 7 == 0)
                {
                    Details(xml, episode.Referral.AddYears(-2), closed: episode.Referral.AddYears(-2).AddMonths(2), null, n);
                }
            }

            Details(xml, episode.Referral, closed: null, episode, n);
            xml.Append("    </Child>\n");
        }

        return xml.Append("  </Children>\n</Message>\n").ToString();
    }

    private static void Details(StringBuilder xml, DateOnly referral, DateOnly? closed, Episode? episode, int n)
    {
        xml.Append("      <CINdetails>\n        <CINreferralDate>").Append(RecordLevelFiles.Iso(referral)).Append("</CINreferralDate>\n")
            .Append("        <ReferralSource>").Append(Sources[n % Sources.Length]).Append("</ReferralSource>\n")
            .Append("        <PrimaryNeedCode>N").Append(1 + (n % 9)).Append("</PrimaryNeedCode>\n");
        if (closed is { } close)
        {
            xml.Append("        <CINclosureDate>").Append(RecordLevelFiles.Iso(close)).Append("</CINclosureDate>\n        <ReasonForClosure>RC8</ReasonForClosure>\n");
        }

        if (episode?.AssessmentStart is { } start)
        {
            xml.Append("        <Assessments>\n          <AssessmentActualStartDate>").Append(RecordLevelFiles.Iso(start)).Append("</AssessmentActualStartDate>\n")
                .Append("          <AssessmentAuthorisationDate>").Append(RecordLevelFiles.Iso(episode.Authorised!.Value)).Append("</AssessmentAuthorisationDate>\n        </Assessments>\n");
        }

        if (episode?.EnquiryStart is { } enquiry)
        {
            xml.Append("        <Section47>\n          <S47ActualStartDate>").Append(RecordLevelFiles.Iso(enquiry)).Append("</S47ActualStartDate>\n")
                .Append("          <DateOfInitialCPC>").Append(RecordLevelFiles.Iso(episode.Conference!.Value)).Append("</DateOfInitialCPC>\n          <ICPCnotRequired>false</ICPCnotRequired>\n        </Section47>\n");
        }

        if (episode?.PreviousPlans is { } previous)
        {
            xml.Append("        <ChildProtectionPlans>\n          <CPPstartDate>").Append(RecordLevelFiles.Iso(episode.Conference!.Value)).Append("</CPPstartDate>\n")
                .Append("          <InitialCategoryOfAbuse>").Append(n % 2 == 0 ? "NEG" : "EMO").Append("</InitialCategoryOfAbuse>\n")
                .Append("          <NumberOfPreviousCPP>").Append(previous).Append("</NumberOfPreviousCPP>\n        </ChildProtectionPlans>\n");
        }

        xml.Append("      </CINdetails>\n");
    }
}
