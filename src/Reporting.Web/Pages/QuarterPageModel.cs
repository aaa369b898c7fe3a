using Reporting.Domain.Indicators;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Publishing;
using Reporting.Pipeline.Quarters;
using Reporting.Pipeline.Queueing;
using Reporting.Pipeline.Storage;

namespace Reporting.Web.Pages;

/// <summary>
/// Page 2's model from the quarter as the application reads it (<see cref="QuarterSnapshot"/>): its
/// state, the contract's files and the others uploaded, each file's findings, the published reviews in
/// the audiences' order, the indicators in force and every run that published, with their links.
/// </summary>
public static class QuarterPageModel
{
    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["queued"] = "The run is queued. This page follows it until it is published.",
        ["ended"] = "The run has ended: its state is below.",
        ["already"] = "A run of this quarter is already queued or running, so no second run was started.",
        ["unchanged"] = "No file has changed since the reviews were published, so nothing was run. Tick \"Render again\" to run anyway.",
        ["no-inputs"] = "There are no uploaded files for this quarter, so there is nothing to run.",
        ["invalid"] = "The run could not be started: the quarter has not ended, the council is not set up (no config files), or the quarter's audiences could not be read. Check the council's config files.",
    };

    /// <summary>The quarter page's model; it has a refresh address (the page reloads itself) while a run is under way, unless the request turned that off.</summary>
    public static QuarterView From(QuarterPageRequest request, QuarterSnapshot quarter)
    {
        var (status, manifest, uploads, published, runs, audiences) = quarter;
        var (now, links) = (request.Now, request.Links);
        var checks = uploads.Select((u, i) => FileCheckRow.From(u.Name, u.Check, $"file-{i + 1}")).ToList();
        var state = State(status, now, checks);
        var refreshing = status.ActiveAt(now) && !request.RefreshOff;

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
                links.Document(o.Audience!, null),
                o.Length,
                manifest!.Output(StoreLayout.HtmlReview(o.Audience!)) is null ? null : links.Review(o.Audience!, null)))
            .ToList();
        var runLines = runs.Select(r => new RunLine(r.RunId, r.FinishedAt, Names(r.Audiences), r switch
        {
            { InForce: true } => "In force",
            { Superseded: true } => "Superseded",
            _ => $"Superseded, except its reviews still in force: {Names(r.StillInForce)}",
        }, [.. r.Readable
            .OrderBy(review => Rank(review.Audience))
            .Select(review => new DocumentLink(
                AudienceName(audiences, review.Audience),
                links.Document(review.Audience, r.RunId),
                review.Length,
                review.HasHtml ? links.Review(review.Audience, r.RunId) : null))])).ToList();

        return new QuarterView(
            request.Frame,
            request.Council.ToString(),
            request.Period.Label,
            state,
            (state == RunStates.OutOfDate ? status.OutOfDateMessage : null) ?? status.LastRun?.Message ?? (status.Published is { } p ? $"Published by run {p.RunId}." : "Nothing has been run for this quarter yet."),
            status.LastRun?.UpdatedAt ?? status.Published?.FinishedAt,
            // "queued" is news only while the run is: once it has ended the state says what became of it.
            Notices.GetValueOrDefault(request.Notice == "queued" && !status.ActiveAt(now) ? "ended" : request.Notice ?? string.Empty),
            refreshing ? links.Quarter + "?refresh=off" : null,
            files,
            checks.Select(c => c.Findings).ToList(),
            documents,
            manifest?.FinishedAt,
            published.Select(Line).ToList(),
            runLines,
            request.Token is null ? null : new PageForm(links.Files, request.TokenField, request.Token),
            request.Token is null ? null : new PageForm(links.Runs, request.TokenField, request.Token),
            request.MaxUploadBytes);

        static FileRow Row(QuarterUpload upload, string holds, bool inContract) =>
            new(upload.Name, holds, upload.Length, inContract, upload.UploadedAt, upload.UploadedBy);

        // Reviews in the catalogue's order: dfe, essex, cabinet, then the council's own.
        string Names(IEnumerable<string> ids) => string.Join("; ", ids.OrderBy(Rank).ThenBy(id => id, StringComparer.Ordinal).Select(id => AudienceName(audiences, id)));

        int Rank(string id) => order.IndexOf(id) is var at and >= 0 ? at : int.MaxValue;
    }

    /// <summary>
    /// A quarter's state as the pages show it: the run states, or for a quarter never run,
    /// "inputs-missing", and with its files' <paramref name="checks"/> "with-errors" or "ready"
    /// (without them, "not-run").
    /// </summary>
    internal static string State(QuarterStatus status, DateTimeOffset now, IReadOnlyList<FileCheckRow>? checks) => status.StateAt(now) switch
    {
        RunStates.NoInputs => "inputs-missing",
        QuarterStatus.NotRun when checks is not null => checks.Any(c => c.Findings.Errors > 0) ? "with-errors" : "ready",
        var state => state,
    };

    /// <summary>What an audience's review is called and who it is for, from its definition ("Quarterly performance review, for Department for Education (…)"); its id when it has none.</summary>
    private static string AudienceName(AudienceCatalogue audiences, string id) =>
        audiences.Find(id) is { } audience ? $"{audience.Title}, for {audience.Readers}" : id;

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
}
