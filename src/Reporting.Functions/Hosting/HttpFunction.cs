using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Reporting.Functions.Authorisation;

namespace Reporting.Functions.Hosting;

/// <summary>
/// An HTTP function as its own attributes declare it (<c>[Function]</c> and
/// <c>[HttpTrigger(..., Route = ...)]</c>): its name, route (without the host's <c>api/</c> prefix),
/// methods (lower case, as declared) and the method that runs it. The Functions host indexes the
/// same attributes, so a host that serves <see cref="All"/> serves what the function app does.
/// </summary>
public sealed record HttpFunction(string Name, MethodInfo Method, string Route, IReadOnlyList<string> Methods)
{
    /// <summary>What the function demands of its caller (<see cref="AdmitAttribute"/>), or null for a function open to all (the pages admit their callers with <see cref="Pages.PageAdmission"/>; assets are public).</summary>
    public AdmitAttribute? Requirement { get; } = Method.GetCustomAttribute<AdmitAttribute>();

    /// <summary>Every HTTP function of this assembly, by name.</summary>
    public static IReadOnlyList<HttpFunction> All { get; } = [.. Declared(typeof(HttpFunction).Assembly).OrderBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary><see cref="All"/> by function name, as the host names an invocation.</summary>
    public static IReadOnlyDictionary<string, HttpFunction> ByName { get; } = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The classes declaring a function of any trigger (HTTP, timer, queue), which a host constructs per invocation.</summary>
    public static IReadOnlyList<Type> FunctionClasses { get; } =
        [.. typeof(HttpFunction).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))];

    private static IEnumerable<HttpFunction> Declared(Assembly assembly) =>
        from type in assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
        let function = method.GetCustomAttribute<FunctionAttribute>()
        where function is not null
        from parameter in method.GetParameters()
        let trigger = parameter.GetCustomAttribute<HttpTriggerAttribute>()
        where trigger is not null
        select new HttpFunction(function.Name, method, trigger.Route ?? function.Name, [.. (trigger.Methods ?? []).Select(m => m.ToLowerInvariant())]);
}
