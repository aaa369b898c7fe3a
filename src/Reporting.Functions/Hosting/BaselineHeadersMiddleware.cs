using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Reporting.Functions.Http;

namespace Reporting.Functions.Hosting;

/// <summary>Gives every HTTP invocation's answer the <see cref="BaselineHeaders"/> (refusals and failure answers included: it runs first). Other triggers pass through.</summary>
internal sealed class BaselineHeadersMiddleware : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is { } http)
        {
            BaselineHeaders.AddTo(http);
        }

        return next(context);
    }
}
