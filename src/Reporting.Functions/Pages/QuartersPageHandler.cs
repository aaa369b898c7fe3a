using Microsoft.AspNetCore.Http;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Web;
using Reporting.Web.Pages;

namespace Reporting.Functions.Pages;

/// <summary>Page 1, the quarters: every council's quarters with uploads, newest first, with their state (rows from <see cref="QuartersPageModel"/>).</summary>
public sealed class QuartersPageHandler(QuarterReports reports, PageRenderer renderer, TimeProvider time)
{
    /// <summary>Page 1 for <paramref name="caller"/>.</summary>
    public async Task<IResult> ShowAsync(PageCaller caller, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = new List<QuarterRow>();
        foreach (var council in await reports.ListCouncilsAsync(cancellationToken).ConfigureAwait(false))
        {
            var quarters = await reports.ListQuartersAsync(council, cancellationToken).ConfigureAwait(false);
            // A council's quarters are read side by side; the list shows only the findings' counts, so their file is not read.
            var statuses = await Task.WhenAll(quarters.Select(q => reports.GetStatusAsync(council, q, withFindings: false, cancellationToken))).ConfigureAwait(false);
            rows.AddRange(quarters.Zip(statuses, (quarter, status) => QuartersPageModel.Row(council.ToString(), quarter.Label, ApiRoutes.QuarterUrl(council, quarter), status, now)));
        }

        return PageAnswers.Page(await renderer.RenderAsync(new QuartersView(PageAnswers.Frame("Councils and quarters", caller), rows)).ConfigureAwait(false));
    }
}
