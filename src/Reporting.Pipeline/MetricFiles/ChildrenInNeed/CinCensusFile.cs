using System.Globalization;
using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles.ChildrenInNeed;

/// <summary>
/// Reads cin.xml, the DfE Children in need census XML: <c>Message/Children/Child</c> with
/// <c>ChildIdentifiers</c> and <c>CINdetails</c> (referral, <c>Assessments</c>, <c>Section47</c>,
/// <c>ChildProtectionPlans</c>). Children are streamed one at a time. Each element with an error is
/// left out on its own (an unusable assessment does not drop the child's referral). LAchildID, UPN
/// and dates of birth are checked but never kept or echoed.
/// </summary>
public static class CinCensusFile
{
    public const string Name = "cin.xml";

    public static CodeList ReferralSources { get; } = new("a CIN referral source code",
        "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

    public static CodeList NeedCodes { get; } = new("a CIN primary need code", "N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    public static CodeList ClosureReasons { get; } = new("a CIN reason for closure code", "RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8");

    public static CodeList AbuseCategories { get; } = new("a category of abuse code", "NEG", "PHY", "SAB", "EMO", "MUL");

    public static CodeList Booleans { get; } = new("true or false (or 1 or 0)", "true", "false", "1", "0");

    /// <summary>
    /// Calls <paramref name="onChild"/> for every usable child; false when the file is not usable at
    /// all, which includes a census none of whose children could be used: every <c>Child</c> was
    /// rejected, so its figures would be false zeros (an error says so; they are "not available").
    /// </summary>
    public static bool Read(InputFile input, Action<CinChild> onChild, FindingList findings)
    {
        var ids = new IdentifierIndex();
        var (duplicates, children, used) = (0, 0, 0);
        var ok = RecordXml.Read(input, "Message", ["Child"], child =>
        {
            children++;
            if (ReadChild(input.Name, child.Root, findings, out var id) is { } record)
            {
                if (id is not null && !ids.Add(id))
                {
                    duplicates++;
                }

                used += record.Referrals.Count + record.Assessments.Count + record.Enquiries.Count + record.Plans.Count > 0 ? 1 : 0;
                onChild(record);
            }
        }, findings);
        if (duplicates > 0)
        {
            findings.Add(Finding.Warning(input.Name, $"{duplicates} Child elements repeat an LAchildID already in the file: each child should appear once, with one CINdetails per episode. Both are counted."));
        }

        if (ok && children > 0 && used == 0)
        {
            findings.Add(Finding.Error(input.Name, string.Create(CultureInfo.InvariantCulture, $"None of the {children:N0} Child elements could be used (each has the errors listed), so the census's indicators are not available, not zero; a figure for them in measures.csv is reported instead. Correct the errors and upload the census again.")));
            return false;
        }

        return ok;
    }

    private static CinChild? ReadChild(string file, XmlRecord.Element child, FindingList findings, out string? id)
    {
        id = null;
        if (child.Children("ChildIdentifiers").FirstOrDefault() is not { } identifiers)
        {
            findings.Add(new Finding(Severity.Error, file, "The child has no ChildIdentifiers: it is left out of the figures.", ElementPath: child.Path));
            return null;
        }

        var ids = RecordXml.Fields(identifiers, file, findings);
        id = ids.RequiredText("LAchildID", sensitive: true);
        ids.Date("PersonBirthDate", required: false, sensitive: true);
        ids.Date("ExpectedPersonBirthDate", required: false, sensitive: true);
        ids.Date("PersonDeathDate", required: false, sensitive: true);
        if (ids.Rejected)
        {
            return null;
        }

        var referrals = new List<DateOnly>(2);
        List<CinAssessment>? assessments = null;
        List<CinEnquiry>? enquiries = null;
        List<CinProtectionPlan>? plans = null;
        foreach (var details in child.Children("CINdetails"))
        {
            var fields = RecordXml.Fields(details, file, findings);
            var referral = fields.Date("CINreferralDate", required: true);
            fields.Code("ReferralSource", ReferralSources, required: false);
            fields.Code("PrimaryNeedCode", NeedCodes, required: false);
            var closed = fields.Date("CINclosureDate", required: false);
            fields.Code("ReasonForClosure", ClosureReasons, required: false);
            fields.Code("ReferralNFA", Booleans, required: false);
            if (referral is { } r && closed is { } c && c < r)
            {
                fields.Error("CINclosureDate", fields.Text("CINclosureDate"), false, "is before CINreferralDate: an episode cannot close before the referral");
            }

            if (!fields.Rejected && referral is not null)
            {
                referrals.Add(referral.Value);
            }

            ReadAll(details, "Assessments", file, findings, ref assessments, ReadAssessment);
            ReadAll(details, "Section47", file, findings, ref enquiries, ReadEnquiry);
            ReadAll(details, "ChildProtectionPlans", file, findings, ref plans, ReadPlan);
        }

        return new CinChild(referrals, assessments ?? [], enquiries ?? [], plans ?? []);
    }

    private static void ReadAll<T>(XmlRecord.Element parent, string name, string file, FindingList findings, ref List<T>? into, Func<FieldReader, T?> read)
        where T : class
    {
        foreach (var element in parent.Children(name))
        {
            var fields = RecordXml.Fields(element, file, findings);
            var record = read(fields);
            if (!fields.Rejected && record is not null)
            {
                (into ??= []).Add(record);
            }
        }
    }

    private static CinAssessment? ReadAssessment(FieldReader fields)
    {
        var started = fields.Date("AssessmentActualStartDate", required: true);
        fields.Date("AssessmentInternalReviewDate", required: false);
        var authorised = fields.Date("AssessmentAuthorisationDate", required: false);
        if (started is { } s && authorised is { } a && a < s)
        {
            fields.Error("AssessmentAuthorisationDate", fields.Text("AssessmentAuthorisationDate"), false, "is before AssessmentActualStartDate: an assessment cannot be authorised before it starts");
        }

        return started is null ? null : new CinAssessment(started.Value, authorised);
    }

    private static CinEnquiry? ReadEnquiry(FieldReader fields)
    {
        var started = fields.Date("S47ActualStartDate", required: true);
        fields.Date("InitialCPCtarget", required: false);
        var conference = fields.Date("DateOfInitialCPC", required: false);
        var notRequired = fields.Code("ICPCnotRequired", Booleans, required: false);
        if (started is { } s && conference is { } c && c < s)
        {
            fields.Error("DateOfInitialCPC", fields.Text("DateOfInitialCPC"), false, "is before S47ActualStartDate: the conference follows the enquiry's start");
        }

        return started is null ? null : new CinEnquiry(started.Value, conference, notRequired is "true" or "1");
    }

    private static CinProtectionPlan? ReadPlan(FieldReader fields)
    {
        var started = fields.Date("CPPstartDate", required: true);
        var ended = fields.Date("CPPendDate", required: false);
        fields.Code("InitialCategoryOfAbuse", AbuseCategories, required: false);
        fields.Code("LatestCategoryOfAbuse", AbuseCategories, required: false);
        var previous = fields.Number("NumberOfPreviousCPP", required: false, min: 0m, max: 50m);
        if (started is { } s && ended is { } e && e < s)
        {
            fields.Error("CPPendDate", fields.Text("CPPendDate"), false, "is before CPPstartDate: a plan cannot end before it starts");
        }

        return started is null ? null : new CinProtectionPlan(started.Value, previous is { } p ? (int)decimal.Truncate(p) : null);
    }
}
