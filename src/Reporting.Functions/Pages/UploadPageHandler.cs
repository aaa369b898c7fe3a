using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Reporting.Application.Routes;
using Reporting.Application.Runs;
using Reporting.Domain;
using Reporting.Domain.Councils;
using Reporting.Domain.Periods;
using Reporting.Functions.Hosting;
using Reporting.Functions.Http;
using Reporting.Pipeline.MetricFiles;
using Reporting.Web;
using Reporting.Web.Pages;

namespace Reporting.Functions.Pages;

/// <summary>
/// Page 3, the upload: each file of the form is checked by <see cref="FileCheck"/> and stored under the
/// data contract's name for what it is (never under the name it came with) when it has no errors;
/// the page shows what became of each.
/// </summary>
public sealed class UploadPageHandler(FunctionOptions options, QuarterReports reports, PageRenderer renderer)
{
    /// <summary>How many files one upload may carry.</summary>
    public const int MaxFilesPerUpload = 20;

    /// <summary>Page 3: checks each uploaded file, stores those without errors under their contract name, and shows what became of each.</summary>
    public async Task<IResult> UploadAsync(HttpRequest request, PageCaller caller, CouncilCode council, FinancialQuarter period)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var limit = (options.MaxUploadBytes * MaxFilesPerUpload) + (1024 * 1024);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        if (!request.HasFormContentType || request.ContentLength > limit)
        {
            return PageAnswers.Problem(
                request.ContentLength > limit ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                "The files could not be read",
                $"Send at most {MaxFilesPerUpload} files of up to {options.MaxUploadBytes / (1024 * 1024)} MB each, with the upload form on the quarter's page.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = MaxFilesPerUpload + 4 }, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            // More parts than the form reader takes (25 files and the token), or a body past its limit: the
            // framework's own limits, answered as the page's words rather than a server error.
            return PageAnswers.Problem(StatusCodes.Status413PayloadTooLarge, "Too many files, or too large",
                $"Choose at most {MaxFilesPerUpload} files at a time, of up to {options.MaxUploadBytes / (1024 * 1024)} MB each. Nothing was stored.");
        }

        if (PageAdmission.RefuseForm(request, form) is { } expired)
        {
            return expired;
        }

        var outcomes = new List<UploadOutcome>();
        var chosen = form.Files.GetFiles("files").Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        if (chosen.Count > MaxFilesPerUpload)
        {
            // All or none: storing the first twenty and dropping the rest would lose a file without a word.
            outcomes.Add(Refused($"{chosen.Count} files", null, $"You chose {chosen.Count} files: choose at most {MaxFilesPerUpload} at a time. None of them was stored.", "upload-1"));
            chosen.Clear();
        }

        var index = 0;
        foreach (var file in chosen)
        {
            index++;
            var anchor = $"upload-{index}";
            var shown = Excerpt.Shorten(Path.GetFileName(file.FileName.Replace('\\', '/')) is { Length: > 0 } n ? n : $"File {index}");
            if (file.Length > options.MaxUploadBytes)
            {
                outcomes.Add(Refused(shown, null, $"It is larger than {options.MaxUploadBytes / (1024 * 1024)} MB, the most this service accepts. Split it, or ask the service owner.", anchor));
                continue;
            }

            if (file.Length == 0)
            {
                outcomes.Add(Refused(shown, null, "It is empty. Choose the file again.", anchor));
                continue;
            }

            var content = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
            }

            var check = FileCheckRow.From(file.FileName, await reports.CheckUploadAsync(file.FileName, content, period, cancellationToken).ConfigureAwait(false), anchor);
            if (check.ReadAs is not { } readAs)
            {
                outcomes.Add(Refused(shown, null, "Neither its name nor its header row says which file of the data contract it is. Name it as the contract does (e.g. measures.csv, workforce.csv, episodes.csv) or check its header row.", anchor));
            }
            else if (check.Findings.Errors > 0)
            {
                outcomes.Add(new UploadOutcome(shown, check.Name, false, $"It was read as {check.Name} and has {check.Findings.Errors} error(s), so it was not stored. Correct them and upload it again.", check.Findings));
            }
            else
            {
                await reports.StoreUploadAsync(council, period, readAs, content, caller.Name, cancellationToken).ConfigureAwait(false);
                var how = readAs.ByContent ? " (recognised by its content)" : string.Empty;
                var warnings = check.Findings.Warnings > 0 ? $" It has {check.Findings.Warnings} warning(s) to check." : string.Empty;
                outcomes.Add(new UploadOutcome(shown, check.Name, true, $"Stored as {check.Name}{how}.{warnings}", check.Findings));
            }
        }

        if (outcomes.Count == 0)
        {
            outcomes.Add(Refused("No file", null, "No file was chosen. Choose one or more files to upload.", "upload-1"));
        }

        var token = FormToken.Issue(request.HttpContext);
        var model = new UploadView(
            PageAnswers.Frame($"{(outcomes.Any(o => !o.Stored) ? "Error: " : string.Empty)}Upload results, council {council}, {period.ShortLabel}", caller, new Crumb("Councils and quarters", ApiRoutes.QuartersUrl), new Crumb(period.ShortLabel, ApiRoutes.QuarterUrl(council, period))),
            ApiRoutes.QuarterUrl(council, period),
            outcomes,
            new PageForm(ApiRoutes.QuarterFilesUrl(council, period), FormToken.Field, token),
            options.MaxUploadBytes);
        return PageAnswers.Page(await renderer.RenderAsync(model).ConfigureAwait(false), outcomes.All(o => o.Stored) ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);

        static UploadOutcome Refused(string shown, string? readAs, string why, string anchor) =>
            new(shown, readAs, false, why, new FileFindings(shown, anchor, []));
    }
}
