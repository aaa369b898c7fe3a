using Microsoft.AspNetCore.Components;
using Reporting.Pipeline.Composition;

namespace Reporting.Web.Reviews;

/// <summary>
/// One section of the HTML review: the model it reads and the heading and id it starts with,
/// worded as the PDF words them (<see cref="ReviewWording"/>).
/// </summary>
public abstract class ReviewSectionBase : ComponentBase
{
    [Parameter, EditorRequired] public ReportModel Model { get; set; } = default!;

    /// <summary>The section's H2 text, the same words as the PDF's H1 for it.</summary>
    protected string HeadingOf(ReportSection section) => ReviewWording.SectionHeading(section, Model.Audience);

    /// <summary>The id of a section's heading, the target of the contents' links and the name of its tables' scrolling regions.</summary>
    public static string HeadingId(ReportSection section) => section == ReportSection.Scorecard ? "scorecard-heading" : "section-" + section.ToString().ToLowerInvariant();

    protected DateOnly AsAt => Model.ActionsAsAt;
}
