using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Domain;
using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Functions;
using Reporting.Functions.Hosting;
using Reporting.Functions.Http;
using Reporting.Pipeline;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Publishing;
using Reporting.Pipeline.Queueing;
using Reporting.Pipeline.Storage;
using Reporting.Web;
using Reporting.Web.Pages;

namespace Reporting.Functions.Pages;

/// <summary>Who is asking: their name when signed in, and whether they may upload and run (role <c>Reports.Generate</c>).</summary>
public sealed record PageCaller(string? Name, bool CanGenerate);

/// <summary>
/// The improvement leads' pages behind the page functions (and <c>serve</c>): admits the caller
/// (roles as for the API: readers see, generators upload and run), builds each page's model from
/// <see cref="QuarterReports"/> and <see cref="QueuedRuns"/>, and renders it. The upload page is
/// <see cref="UploadPageHandler"/>'s.
/// </summary>
public sealed class LeadPages(FunctionOptions options, QuarterReports reports, QueuedRuns runs, PageRenderer renderer, TimeProvider time)
{
    /// <summary>How often a quarter page reloads itself while a run is queued or running.</summary>
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(5);

    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["queued"] = "The run is queued. This page follows it until it is published.",
        ["ended"] = "The run has ended: its state is below.",
        ["already"] = "A run of this quarter is already queued or running, so no second run was started.",
        ["unchanged"] = "No file has changed since the reviews were published, so nothing was run. Tick \"Render again\" to run anyway.",
        ["no-inputs"] = "There are no uploaded files for this quarter, so there is nothing to run.",
        ["invalid"] = "The run could not be started: the quarter has not ended, the council is not set up (no config files), or the quarter's audiences could not be read. Check the council's config files.",
    };

    /// <summary>The caller, or the page that refuses them (503 when sign-in is off in a function app, 401/403 by role).</summary>
    public (PageCaller? Caller, IResult? Refusal) Admit(HttpRequest request, string role)
    {
        if (!options.PagesWithoutSignIn && !options.AppServiceAuthentication)
        {
            return (null, Problem(
                StatusCodes.Status503ServiceUnavailable,
                "These pages need sign-in",
                "The service owner must turn on App Service Authentication (Microsoft Entra ID, \"Require authentication\") for this function app before its pages can be used."));
        }

        if (RequestGuard.Authorise(request.HttpContext, options, role) is ProblemHttpResult refused)
        {
            return (null, Problem(refused.StatusCode, refused.ProblemDetails.Title ?? "Not allowed", refused.ProblemDetails.Detail ?? string.Empty));
        }

        var principal = ClientPrincipal.FromHeader(request.Headers[ClientPrincipal.HeaderName].ToString());
        return (new PageCaller(principal?.Name, !options.RequireAppRoles || (principal?.Roles.Contains(AppRoles.Generate) ?? false)), null);
    }

    /// <summary>A quarter page's request: admitted by role, its council and period parsed, then <paramref name="page"/>; otherwise the page that refuses it.</summary>
    public async Task<IResult> ForQuarterAsync(HttpRequest request, string role, string council, string period, Func<PageCaller, CouncilCode, FinancialQuarter, Task<IResult>> page)
    {
        var (caller, refusal) = Admit(request, role);
        if (refusal is not null)
        {
            return refusal;
        }

        var (la, quarter, invalid) = Quarter(council, period);
        return invalid ?? await page(caller!, la, quarter).ConfigureAwait(false);
    }

    /// <summary>The council and period of a page's route, or the page saying what a valid one looks like.</summary>
    public (CouncilCode Council, FinancialQuarter Period, IResult? Refusal) Quarter(string council, string period)
    {
        if (RequestGuard.TryParseQuarter(council, period, out var la, out var quarter, out var problem))
        {
            return (la, quarter, null);
        }

        var detail = (problem as ProblemHttpResult)?.ProblemDetails.Detail ?? "The council or quarter in the address is not valid.";
        return (la, quarter, Problem(StatusCodes.Status404NotFound, "Page not found", detail));
    }

    /// <summary>Page 1: every council's quarters with uploads, newest first.</summary>
    public async Task<IResult> QuartersAsync(PageCaller caller, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = new List<QuarterRow>();
        foreach (var council in await reports.ListCouncilsAsync(cancellationToken).ConfigureAwait(false))
        {
            var quarters = await reports.ListQuartersAsync(council, cancellationToken).ConfigureAwait(false);
            // A council's quarters are read side by side; the list shows only the findings' counts, so their file is not read.
            var statuses = await Task.WhenAll(quarters.Select(q => reports.GetStatusAsync(council, q, withFindings: false, cancellationToken))).ConfigureAwait(false);
            foreach (var (quarter, status) in quarters.Zip(statuses))
            {
                // Its files are checked on the quarter's own page, not here: a never-run quarter is "not run" on this one.
                var state = PageState(status, now, null);
                var detail = status.Published is { } published && state is RunStates.Published or RunStates.Unchanged
                    ? $"{published.Errors} error(s), {published.Warnings} warning(s) in the inputs"
                    : string.Empty;
                rows.Add(new QuarterRow(council.ToString(), quarter.Label, ApiRoutes.QuarterUrl(council, quarter), state, detail, status.LastRun?.UpdatedAt ?? status.Published?.FinishedAt));
            }
        }

        return Page(await renderer.RenderAsync(new QuartersView(Frame("Councils and quarters", caller), rows)).ConfigureAwait(false));
    }

    /// <summary>Page 2: one quarter; <paramref name="notice"/> is what a run request just did; the page reloads itself while a run is under way, unless <paramref name="refresh"/> is "off".</summary>
    public async Task<IResult> QuarterAsync(HttpContext context, PageCaller caller, CouncilCode council, FinancialQuarter period, string? notice, string? refresh)
    {
        var now = time.GetUtcNow();
        var (status, manifest, uploads, published, runs, audiences) = await reports.ReadQuarterAsync(council, period, context.RequestAborted).ConfigureAwait(false);
        var checks = uploads.Select((u, i) => CheckRow(u.Name, u.Check, $"file-{i + 1}")).ToList();
        var state = PageState(status, now, checks);
        var refreshing = status.ActiveAt(now) && refresh != "off";

        var byName = uploads.ToDictionary(u => u.Name, StringComparer.OrdinalIgnoreCase);
        var files = UploadNames.Expected.Select(e => byName.TryGetValue(e.Name, out var upload) ? Row(upload, e.Holds, true) : new FileRow(e.Name, e.Holds, null, true))
            .Concat(uploads.Where(u => !UploadNames.Expected.Any(e => e.Name.Equals(u.Name, StringComparison.OrdinalIgnoreCase)))
                .Select(u => Row(u, "Not a file the data contract names: it is not used", false)))
            .ToList();

        var order = audiences.Ids.ToList();
        var documents = (manifest?.ReviewDocuments() ?? [])
            .OrderBy(o => Rank(o.Audience!))
            .Select(o => new DocumentLink(
                AudienceName(audiences, o.Audience!),
                ApiRoutes.QuarterDocumentUrl(council, period, o.Audience!),
                o.Length,
                manifest!.Output(StoreLayout.HtmlReview(o.Audience!)) is null ? null : ApiRoutes.QuarterReviewUrl(council, period, o.Audience!)))
            .ToList();
        var indicators = published.Select(Line).ToList();
        var runLines = runs.Select(r => new RunLine(r.RunId, r.FinishedAt, Names(r.Audiences), r switch
        {
            { InForce: true } => "In force",
            { Superseded: true } => "Superseded",
            _ => $"Superseded, except its reviews still in force: {Names(r.StillInForce)}",
        }, [.. r.Readable
            .OrderBy(review => Rank(review.Audience))
            .Select(review => new DocumentLink(
                AudienceName(audiences, review.Audience),
                ApiRoutes.QuarterDocumentUrl(council, period, review.Audience, r.RunId),
                review.Length,
                review.HasHtml ? ApiRoutes.QuarterReviewUrl(council, period, review.Audience, r.RunId) : null))])).ToList();

        var token = caller.CanGenerate ? FormToken.Issue(context) : null;
        var model = new QuarterView(
            Frame($"Council {council}, {period.ShortLabel}", caller, new Crumb("Councils and quarters", ApiRoutes.QuartersUrl)),
            council.ToString(),
            period.Label,
            state,
            (state == RunStates.OutOfDate ? status.OutOfDateMessage : null) ?? status.LastRun?.Message ?? (status.Published is { } p ? $"Published by run {p.RunId}." : "Nothing has been run for this quarter yet."),
            status.LastRun?.UpdatedAt ?? status.Published?.FinishedAt,
            // "queued" is news only while the run is: once it has ended the state says what became of it.
            Notices.GetValueOrDefault(notice == "queued" && !status.ActiveAt(now) ? "ended" : notice ?? string.Empty),
            refreshing ? ApiRoutes.QuarterUrl(council, period) + "?refresh=off" : null,
            files,
            checks.Select(c => c.Findings).ToList(),
            documents,
            manifest?.FinishedAt,
            indicators,
            runLines,
            token is null ? null : new PageForm(ApiRoutes.QuarterFilesUrl(council, period), FormToken.Field, token),
            token is null ? null : new PageForm(ApiRoutes.QuarterRunsUrl(council, period), FormToken.Field, token),
            options.MaxUploadBytes);
        return Page(await renderer.RenderAsync(model).ConfigureAwait(false), refreshAfter: refreshing ? RefreshEvery : null);

        static FileRow Row(QuarterUpload upload, string holds, bool inContract) =>
            new(upload.Name, holds, upload.Length, inContract, upload.UploadedAt, upload.UploadedBy);

        // Reviews in the catalogue's order: dfe, essex, cabinet, then the council's own.
        string Names(IEnumerable<string> ids) => string.Join("; ", ids.OrderBy(Rank).ThenBy(id => id, StringComparer.Ordinal).Select(id => AudienceName(audiences, id)));

        int Rank(string id) => order.IndexOf(id) is var at and >= 0 ? at : int.MaxValue;
    }

    /// <summary>What an audience's review is called and who it is for, from its definition ("Quarterly performance review, for Department for Education (…)"); its id when it has none.</summary>
    private static string AudienceName(AudienceCatalogue audiences, string id) =>
        audiences.Find(id) is { } audience ? $"{audience.Title}, for {audience.Readers}" : id;

    /// <summary>Run now: queues the quarter's run (or says why not) and sends the browser back to the quarter's page, which follows it.</summary>
    public async Task<IResult> RunAsync(HttpRequest request, CouncilCode council, FinancialQuarter period)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = 16 * 1024;
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false) : null;
        if (form is null || !FormToken.IsValid(request, form[FormToken.Field]))
        {
            return FormExpired();
        }

        var force = form["force"].ToString() == "true";
        var answer = await runs.RequestAsync(new RunRequest(council, period, [], force), request.HttpContext.RequestAborted).ConfigureAwait(false);
        var notice = answer.Result?.Outcome switch
        {
            RunOutcome.Unchanged or RunOutcome.Published => "unchanged",
            RunOutcome.NoInputs => "no-inputs",
            RunOutcome.InvalidRequest => "invalid",
            _ => answer.AlreadyActive ? "already" : "queued",
        };
        request.HttpContext.Response.Headers.Location = $"{ApiRoutes.QuarterUrl(council, period)}?{ApiRoutes.NoticeParameter}={notice}";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>
    /// An audience's published review as an HTML page (rendered by the run from the same model as the
    /// PDF), under the pages' security headers; with <c>?run=</c>, as that run published it.
    /// </summary>
    public async Task<IResult> ReviewAsync(HttpRequest request, CouncilCode council, FinancialQuarter period, string audience) =>
        RequestGuard.IsAudienceId(audience) && TryRun(request, out var run)
        && await reports.GetPublishedAsync(council, period, StoreLayout.HtmlReview(audience), run, request.HttpContext.RequestAborted).ConfigureAwait(false) is { } published
            ? Page(System.Text.Encoding.UTF8.GetString(published.Content))
            : NoSuchReview(council, period, audience, "as a web page");

    /// <summary>
    /// The run a review link names (<c>?run=</c>), null for the publication in force; false when the
    /// request names something that is not one run's id, which no page links to.
    /// </summary>
    public static bool TryRun(HttpRequest request, out string? run)
    {
        var given = request.Query[ApiRoutes.RunParameter];
        run = given.Count == 1 ? given[0] : null;
        return given.Count == 0 || StoreLayout.IsRunId(run);
    }

    /// <summary>A page saying what went wrong and what to do, with its status code.</summary>
    public static IResult Problem(int statusCode, string heading, string text) => new ProblemPageAnswer(statusCode, heading, text);

    /// <summary>The page for a review that is not published (or an audience that is not one).</summary>
    public static IResult NoSuchReview(CouncilCode council, FinancialQuarter period, string audience, string form) =>
        Problem(StatusCodes.Status404NotFound, "Page not found", RequestGuard.IsAudienceId(audience)
            ? $"Council {council} {period.ShortLabel} has no published {audience} review {form}. Go back to the quarter's page and choose one of its published reviews."
            : "There is no such review. Go back to the quarter's page and choose one of its published reviews.");

    internal static IResult FormExpired() => Problem(
        StatusCodes.Status400BadRequest,
        "The form has expired",
        "The form was not sent from this service's page, or its security token has expired. Go back, reload the page and send it again.");

    /// <summary>
    /// A quarter's state as the pages show it: the run states, or for a quarter never run,
    /// "inputs-missing", and with its files' <paramref name="checks"/> "with-errors" or "ready"
    /// (without them, "not-run").
    /// </summary>
    private static string PageState(QuarterStatus status, DateTimeOffset now, IReadOnlyList<FileCheckRow>? checks) => status.StateAt(now) switch
    {
        RunStates.NoInputs => "inputs-missing",
        QuarterStatus.NotRun when checks is not null => checks.Any(c => c.Findings.Errors > 0) ? "with-errors" : "ready",
        var state => state,
    };

    internal static FileCheckRow CheckRow(string name, UploadCheckResult check, string anchor)
    {
        var readAs = check.ReadAs is { } r ? (r.IsConfig ? "config/" : string.Empty) + r.Name : null;
        return new FileCheckRow(check.ReadAs, readAs ?? name, new FileFindings(readAs ?? name, anchor, check.Findings));
    }

    private static IndicatorLine Line(PublishedIndicator row)
    {
        var definition = IndicatorCatalogue.TryGet(row.Id, out var known) ? known : null;
        string Text(decimal? value) => value is { } v ? definition?.Format(v) ?? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "–";
        return new IndicatorLine(
            row.Title,
            row.Value is null ? "Not available" : Text(row.Value),
            Text(row.Target),
            row.Status switch { "green" => "Green: target met", "amber" => "Amber: close to target", "red" => "Red: target missed", _ => "No target" });
    }

    /// <summary>What every page shows around its content (see <see cref="PageFrame"/>), from the pages' one set of routes.</summary>
    internal static PageFrame Frame(string title, PageCaller? caller, params Crumb[] crumbs) =>
        new(title, ApiRoutes.PageAssetBase, ApiRoutes.QuartersUrl, caller?.Name, crumbs);

    internal static HtmlPage Page(string html, int statusCode = StatusCodes.Status200OK, TimeSpan? refreshAfter = null) => new(html, statusCode, refreshAfter);

    internal sealed record FileCheckRow(RecognisedUpload? ReadAs, string Name, FileFindings Findings);
}
