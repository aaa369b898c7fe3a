namespace Reporting.Pipeline.MetricFiles.ChildrenInNeed;

/// <summary>A section 47 enquiry: its start and the date of the initial child protection conference, if one was held.</summary>
public sealed record CinEnquiry(DateOnly Started, DateOnly? InitialConference, bool ConferenceNotRequired);
