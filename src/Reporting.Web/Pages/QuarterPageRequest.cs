using Reporting.Domain.Councils;
using Reporting.Domain.Periods;

namespace Reporting.Web.Pages;

/// <summary>
/// What a quarter page's request brings beside the quarter itself: the frame, the council and quarter,
/// the time, what a run request just did (<see cref="Notice"/>: queued, already, unchanged, no-inputs,
/// invalid), whether the page must stop reloading itself, where it links, the anti-forgery token
/// (null for a caller who may not upload or run: the page then has no forms) and the upload limit.
/// </summary>
public sealed record QuarterPageRequest(
    PageFrame Frame,
    CouncilCode Council,
    FinancialQuarter Period,
    DateTimeOffset Now,
    string? Notice,
    bool RefreshOff,
    QuarterLinks Links,
    string TokenField,
    string? Token,
    long MaxUploadBytes);
