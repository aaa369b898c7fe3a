namespace Reporting.Functions.Authorisation;

/// <summary>The app roles (defined on the app registration) that the HTTP functions require.</summary>
public static class AppRoles
{
    /// <summary>Start runs (on demand, forced re-renders).</summary>
    public const string Generate = "Reports.Generate";

    /// <summary>Read published documents, manifests, indicators, status; validate files.</summary>
    public const string Read = "Reports.Read";
}
