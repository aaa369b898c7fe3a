using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Functions.Hosting;

namespace Reporting.Serve;

/// <summary>
/// The function app's HTTP functions as ASP.NET Core endpoints, derived from their own declarations
/// (<see cref="HttpFunction.All"/>): each at its route and methods, its class built per request from
/// the services, its <see cref="HttpRequest"/> parameter given the request and every other parameter
/// the route value of its name, as the Functions host binds them, after the same admission as the
/// worker's middleware (<see cref="Admission"/>). Nothing is mapped by hand, so serve cannot serve a
/// route the function app does not, nor miss one.
/// </summary>
internal static class FunctionEndpoints
{
    /// <summary>Registers every function class (HTTP, timer, queue) to be built per request.</summary>
    public static IServiceCollection AddFunctionClasses(this IServiceCollection services)
    {
        foreach (var type in HttpFunction.FunctionClasses)
        {
            services.AddTransient(type);
        }

        return services;
    }

    /// <summary>Maps every HTTP function under <paramref name="api"/> (the host's route prefix).</summary>
    public static void MapHttpFunctions(this IEndpointRouteBuilder api)
    {
        foreach (var function in HttpFunction.All)
        {
            api.MapMethods(function.Route, [.. function.Methods.Select(m => m.ToUpperInvariant())], context => InvokeAsync(function, context))
                .WithName(function.Name);
        }
    }

    private static async Task InvokeAsync(HttpFunction function, HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<FunctionOptions>();
        if (Admission.Admit(function, context, options, name => context.Request.RouteValues.GetValueOrDefault(name)?.ToString()) is { } refused)
        {
            await refused.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var target = function.Method.IsStatic ? null : context.RequestServices.GetRequiredService(function.Method.DeclaringType!);
        var arguments = function.Method.GetParameters().Select(p => Argument(p, context)).ToArray();
        var answer = function.Method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, null);
        var result = answer switch
        {
            Task<IResult> pending => await pending.ConfigureAwait(false),
            IResult done => done,
            _ => throw new InvalidOperationException($"Function {function.Name} returns {function.Method.ReturnType.Name}; serve answers only IResult or Task<IResult>."),
        };
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static object? Argument(ParameterInfo parameter, HttpContext context) =>
        parameter.ParameterType == typeof(HttpRequest) ? context.Request
        : parameter.ParameterType == typeof(string) ? context.Request.RouteValues.GetValueOrDefault(parameter.Name!)?.ToString()
        : throw new InvalidOperationException($"serve cannot bind parameter {parameter.Name} ({parameter.ParameterType.Name}) of {parameter.Member.DeclaringType?.Name}.{parameter.Member.Name}.");
}
