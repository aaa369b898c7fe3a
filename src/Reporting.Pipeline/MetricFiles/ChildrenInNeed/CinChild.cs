namespace Reporting.Pipeline.MetricFiles.ChildrenInNeed;

/// <summary>An assessment: when it started and, once done, when it was authorised (on or after the start).</summary>
public sealed record CinAssessment(DateOnly Started, DateOnly? Authorised);

/// <summary>A section 47 enquiry: its start and the date of the initial child protection conference, if one was held.</summary>
public sealed record CinEnquiry(DateOnly Started, DateOnly? InitialConference, bool ConferenceNotRequired);

/// <summary>A child protection plan: its start and the number of previous plans the census recorded.</summary>
public sealed record CinProtectionPlan(DateOnly Started, int? PreviousPlans);

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
