using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Reporting.Application.Routes;
using Reporting.Functions.Authorisation;
using Reporting.Functions.Http;
using Reporting.Functions.Pages;

namespace Reporting.Functions.Functions;

/// <summary>
/// <c>POST /api/service/{council}/{period}/files</c> (role <c>Reports.Generate</c>, anti-forgery token):
/// the upload form's files, each checked before it is stored; a file with errors is refused with its
/// findings, one with warnings only is stored and its warnings shown.
/// </summary>
public sealed class UploadFiles(PageAdmission admission, UploadPageHandler upload)
{
    [Function(nameof(UploadFiles))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.QuarterFiles)] HttpRequest request,
        string council,
        string period) =>
        admission.ForQuarterAsync(request, AppRoles.Generate, council, period, (caller, la, quarter) => upload.UploadAsync(request, caller, la, quarter));
}
