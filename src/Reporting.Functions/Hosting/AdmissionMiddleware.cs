using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Reporting.Functions.Hosting;

/// <summary>
/// Admits each HTTP invocation by its function's declared requirement (<see cref="Admission"/>),
/// with the route values the host bound; a refusal becomes the invocation's result, which the
/// ASP.NET Core integration writes, and the function does not run. Other triggers pass through.
/// </summary>
internal sealed class AdmissionMiddleware(FunctionOptions options) : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http || !HttpFunction.ByName.TryGetValue(context.FunctionDefinition.Name, out var function))
        {
            return next(context);
        }

        var data = context.BindingContext.BindingData;
        if (Admission.Admit(function, http, options, name => data.TryGetValue(name, out var value) ? value?.ToString() : null) is { } refused)
        {
            context.GetInvocationResult().Value = refused;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
