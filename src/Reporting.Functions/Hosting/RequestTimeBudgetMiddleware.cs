using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Reporting.Functions.Http;

namespace Reporting.Functions.Hosting;

/// <summary>
/// Gives every HTTP invocation its time budget (<see cref="FunctionOptions.RequestTimeBudget"/>,
/// see <see cref="RequestTimeBudget"/>); inside <see cref="HttpFailureMiddleware"/>, which answers
/// a spent budget with a 503. Other triggers keep the host's <c>functionTimeout</c>.
/// </summary>
internal sealed class RequestTimeBudgetMiddleware(FunctionOptions options) : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next) =>
        context.GetHttpContext() is { } http
            ? RequestTimeBudget.RunWithinAsync(http, options.RequestTimeBudget, () => next(context))
            : next(context);
}
