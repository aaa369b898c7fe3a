namespace Reporting.Application.Settings;

/// <summary>
/// The <c>Reporting</c> section of the app settings as written (<c>Reporting__X</c> environment
/// variables in a function app and in serve), bound once by the options pattern and validated at
/// start; each value stays text here so that a value that cannot be read is refused with a message
/// naming the setting and what to write, not a converter's error. The hosts read what the values
/// mean from the validated options they make of them.
/// </summary>
public sealed class ReportingSettings
{
    /// <summary>The configuration section: <c>Reporting__X</c> is <c>Reporting:X</c>.</summary>
    public const string Section = "Reporting";

    /// <summary><c>true</c> or <c>false</c>; default: on when App Service Authentication is.</summary>
    public string? RequireAppRoles { get; set; }

    /// <summary>The largest file accepted, in MB: 1 to 100, default 10.</summary>
    public string? MaxUploadMegabytes { get; set; }

    /// <summary>The councils the quarterly timer runs, comma separated; empty means every council with uploads.</summary>
    public string? Councils { get; set; }

    /// <summary>The longest one HTTP request is worked on, in seconds: 1 to 220, default 60.</summary>
    public string? RequestTimeoutSeconds { get; set; }

    /// <summary>How many upload checks run at once (1 to 256); empty for two per processor.</summary>
    public string? MaxConcurrentChecks { get; set; }

    /// <summary>The Storage REST version the clients speak (a date, e.g. 2025-11-05); empty for the SDK's.</summary>
    public string? StorageServiceVersion { get; set; }

    /// <summary>The value of app setting <paramref name="name"/> (<c>Reporting__X</c>) in this section, or null for another name.</summary>
    public string? Setting(string name) => name switch
    {
        "Reporting__RequireAppRoles" => RequireAppRoles,
        "Reporting__MaxUploadMegabytes" => MaxUploadMegabytes,
        "Reporting__Councils" => Councils,
        "Reporting__RequestTimeoutSeconds" => RequestTimeoutSeconds,
        "Reporting__StorageServiceVersion" => StorageServiceVersion,
        "Reporting__MaxConcurrentChecks" => MaxConcurrentChecks,
        _ => null,
    };
}
