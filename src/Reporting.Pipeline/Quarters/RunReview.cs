namespace Reporting.Pipeline.Quarters;

/// <summary>A review a run made that can still be read from its folder: its audience, the PDF's size in bytes, and whether it has an HTML version.</summary>
public sealed record RunReview(string Audience, long Length, bool HasHtml);
