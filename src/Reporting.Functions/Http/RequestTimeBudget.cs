using Microsoft.AspNetCore.Http;

namespace Reporting.Functions.Http;

/// <summary>
/// Every HTTP request gets a time budget (<c>Reporting__RequestTimeoutSeconds</c>, 60 s by default):
/// the request's cancellation token (<see cref="HttpContext.RequestAborted"/>, which every function
/// passes on to storage and to file checks) is cancelled when the budget is spent, and the request
/// ends with <see cref="RequestTimeBudgetExceededException"/>, which <see cref="FailureAnswers"/>
/// turns into a 503 saying so. A client that hangs up still cancels as before. Used by the worker
/// middleware in Azure and by the local <c>serve</c>.
/// </summary>
internal static class RequestTimeBudget
{
    public static async Task RunWithinAsync(HttpContext context, TimeSpan budget, Func<Task> next)
    {
        var clientToken = context.RequestAborted;
        using var timer = new CancellationTokenSource(budget);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(clientToken, timer.Token);
        context.RequestAborted = either.Token;
        try
        {
            await next().ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (timer.IsCancellationRequested && !clientToken.IsCancellationRequested)
        {
            throw new RequestTimeBudgetExceededException(budget, e);
        }
        finally
        {
            // The failure answer is written against the client's own token, not the spent budget.
            context.RequestAborted = clientToken;
        }
    }
}

/// <summary>A request ran past its time budget and was stopped.</summary>
internal sealed class RequestTimeBudgetExceededException(TimeSpan budget, Exception inner)
    : TimeoutException($"The request ran past its time budget of {budget.TotalSeconds:0.###} s and was stopped.", inner)
{
    public TimeSpan Budget { get; } = budget;
}
