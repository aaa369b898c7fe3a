namespace Reporting.Functions.Authorisation;

/// <summary>
/// What an HTTP function demands of its caller before it runs, declared on the function's method:
/// the app role (<see cref="AppRoles"/>) and whether its route names a council and a quarter
/// (<c>{council}/{period}</c>), which are then parsed by the domain and handed to the function
/// admitted (<see cref="Http.AdmittedQuarter"/>). Enforced by one admission for every host
/// (<see cref="Hosting.Admission"/>): the worker's middleware and serve's endpoints.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class AdmitAttribute(string role) : Attribute
{
    public string Role { get; } = role;

    /// <summary>The route binds <c>{council}</c> and <c>{period}</c>; a value that does not parse is answered 400.</summary>
    public bool Quarter { get; init; } = true;
}
