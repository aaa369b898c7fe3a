namespace Reporting.Functions.Invocations;

/// <summary>
/// The custom handler's answer to an invocation: <c>{"Outputs":{},"Logs":[…],"ReturnValue":…}</c>.
/// The host copies <see cref="Logs"/> into the invocation's logs; a non-2xx status fails the invocation.
/// </summary>
public sealed record InvocationReply(IReadOnlyDictionary<string, object?> Outputs, IReadOnlyList<string> Logs, object? ReturnValue)
{
    public static InvocationReply Of(IReadOnlyList<string> logs, object? returnValue) => new(new Dictionary<string, object?>(), logs, returnValue);
}
