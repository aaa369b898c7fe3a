using Reporting.Pipeline.Quarters;
using Reporting.Pipeline.Queueing;

namespace Reporting.Web.Pages;

/// <summary>Page 1's rows from the quarters' status as the application reads it (<see cref="QuarterStatus"/>).</summary>
public static class QuartersPageModel
{
    /// <summary>
    /// A quarter's row: its state (its files are checked on the quarter's own page, not here, so a
    /// never-run quarter is "not run"), the publication's findings counted, and when it last changed.
    /// </summary>
    public static QuarterRow Row(string council, string quarter, string url, QuarterStatus status, DateTimeOffset now)
    {
        var state = QuarterPageModel.State(status, now, null);
        var detail = status.Published is { } published && state is RunStates.Published or RunStates.Unchanged
            ? $"{published.Errors} error(s), {published.Warnings} warning(s) in the inputs"
            : string.Empty;
        return new QuarterRow(council, quarter, url, state, detail, status.LastRun?.UpdatedAt ?? status.Published?.FinishedAt);
    }
}
