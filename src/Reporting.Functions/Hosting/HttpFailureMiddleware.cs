using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using Reporting.Functions.Http;

namespace Reporting.Functions.Hosting;

/// <summary>
/// Turns an HTTP function's unexpected failure into its problem answer (<see cref="FailureAnswers"/>)
/// instead of the host's bare 500: the answer becomes the invocation's result, which the ASP.NET
/// Core integration writes. Other triggers' failures go on to the host (queue retries, monitoring).
/// </summary>
internal sealed class HttpFailureMiddleware(ILogger<HttpFailureMiddleware> log) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (context.GetHttpContext() is { Response.HasStarted: false } http && !http.RequestAborted.IsCancellationRequested)
        {
            context.GetInvocationResult().Value = FailureAnswers.For(e, http, log);
        }
    }
}
