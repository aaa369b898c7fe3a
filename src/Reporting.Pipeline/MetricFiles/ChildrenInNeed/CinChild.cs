namespace Reporting.Pipeline.MetricFiles.ChildrenInNeed;

/// <summary>
/// What the indicators need of one child in the CIN census: referral dates, assessments, section 47
/// enquiries and child protection plans from every <c>CINdetails</c>. No identifier or date of birth
/// is kept: each child's records arrive together, so nothing needs joining.
/// </summary>
public sealed record CinChild(
    IReadOnlyList<DateOnly> Referrals,
    IReadOnlyList<CinAssessment> Assessments,
    IReadOnlyList<CinEnquiry> Enquiries,
    IReadOnlyList<CinProtectionPlan> Plans);
