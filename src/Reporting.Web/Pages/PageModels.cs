using Reporting.Domain.Findings;

namespace Reporting.Web.Pages;

/// <summary>
/// What every page shows around its content: the title (also the browser tab's), where the static
/// files are, the service's home, who is signed in (null when the service runs without sign-in) and
/// the breadcrumbs. URLs are made by the caller from its one set of routes.
/// </summary>
public sealed record PageFrame(string Title, string AssetBase, string HomeUrl, string? SignedInAs, IReadOnlyList<Crumb> Breadcrumbs);

/// <summary>A breadcrumb: text and link.</summary>
public sealed record Crumb(string Text, string Url);

/// <summary>A form this page posts: where to, and the anti-forgery token it carries.</summary>
public sealed record PageForm(string Action, string TokenField, string Token);

/// <summary>Page 1: the quarters the user can see, newest first per council.</summary>
public sealed record QuartersView(PageFrame Frame, IReadOnlyList<QuarterRow> Quarters);

/// <summary>
/// One quarter in the list: <see cref="State"/> is one of inputs-missing, ready, queued, running,
/// retrying, published, unchanged, failed; <see cref="When"/> when it last changed, if known.
/// </summary>
public sealed record QuarterRow(string Council, string Quarter, string Url, string State, string Detail, DateTimeOffset? When);

/// <summary>Page 2: one quarter.</summary>
public sealed record QuarterView(
    PageFrame Frame,
    string Council,
    string Quarter,
    string State,
    string StateMessage,
    DateTimeOffset? StateSince,
    string? Notice,
    string? RefreshUrl,
    IReadOnlyList<FileRow> Files,
    IReadOnlyList<FileFindings> Findings,
    IReadOnlyList<DocumentLink> Documents,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<IndicatorLine> Indicators,
    IReadOnlyList<RunLine> Runs,
    PageForm? Upload,
    PageForm? Run,
    long MaxUploadBytes);

/// <summary>A file of the quarter: the contract's name, what it holds, its size when uploaded (null when not), when and by whom where known.</summary>
public sealed record FileRow(string Name, string Holds, long? Size, bool InContract, DateTimeOffset? UploadedAt = null, string? UploadedBy = null);

/// <summary>The findings about one file (an empty list: the file has none).</summary>
public sealed record FileFindings(string File, string Anchor, IReadOnlyList<Finding> Findings)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
}

/// <summary>A published review: its audience's name (from the audience's definition), where to download the PDF, and where to read it as a web page (null when not published as HTML).</summary>
public sealed record DocumentLink(string Name, string Url, long Length, string? HtmlUrl = null);

/// <summary>
/// A run that published the quarter: its id, when it finished, the reviews it made (names), where it
/// stands ("In force", "Superseded", ...), and links to the reviews it made as it published them, while
/// its folder is kept.
/// </summary>
public sealed record RunLine(string RunId, DateTimeOffset? FinishedAt, string Reviews, string Standing, IReadOnlyList<DocumentLink> Documents);

/// <summary>One indicator of the publication in force, as text ready to show.</summary>
public sealed record IndicatorLine(string Title, string Value, string Target, string Status);

/// <summary>Page 3: what became of each uploaded file.</summary>
public sealed record UploadView(PageFrame Frame, string QuarterUrl, IReadOnlyList<UploadOutcome> Files, PageForm Upload, long MaxUploadBytes);

/// <summary>
/// One uploaded file: the name it came with (shown, never used as a path), what it was read as,
/// whether it was stored, a sentence saying so, and its findings.
/// </summary>
public sealed record UploadOutcome(string ClientName, string? ReadAs, bool Stored, string Summary, FileFindings Findings);

/// <summary>A page that says why a request could not be answered, and what to do; <see cref="RequestId"/> for a failure nobody expected, to give the service owner.</summary>
public sealed record ProblemView(PageFrame Frame, string Heading, string Text, string? RequestId = null);
