using System.Globalization;
using Microsoft.Extensions.Configuration;
using Reporting.Application.Settings;
using Reporting.Domain.Councils;

namespace Reporting.Functions.Hosting;

/// <summary>
/// How the function app (and serve) behave: what the bound <see cref="ReportingSettings"/> mean, read from app settings (environment variables in a function app):
/// <c>Reporting__RequireAppRoles</c> (default: on when App Service Authentication is,
/// <c>WEBSITE_AUTH_ENABLED</c>), <c>Reporting__MaxUploadMegabytes</c>, <c>Reporting__Councils</c>
/// (comma separated; empty means every council with uploads), <c>Reporting__RequestTimeoutSeconds</c>,
/// <c>Reporting__MaxConcurrentChecks</c>,
/// <c>Reporting__StorageServiceVersion</c>
/// (the Storage REST version the clients speak, e.g. <c>2025-11-05</c> for Azurite; default: the SDK's).
/// Invariant: app roles are only trusted when App Service Authentication is on, since without it
/// anyone can send an <c>X-MS-CLIENT-PRINCIPAL</c> header (see <see cref="RolesCannotBeTrusted"/>).
/// </summary>
public sealed record FunctionOptions
{
    /// <summary>Demand an <c>X-MS-CLIENT-PRINCIPAL</c> with the right app role on every <c>/api</c> route.</summary>
    public bool RequireAppRoles { get; init; }

    /// <summary>
    /// App Service Authentication is on (<c>WEBSITE_AUTH_ENABLED=true</c>): the platform strips any
    /// <c>X-MS-CLIENT-PRINCIPAL</c> the caller sent and writes its own, so the header can be trusted.
    /// </summary>
    public bool AppServiceAuthentication { get; init; }

    /// <summary>
    /// App roles are required but the principal header could be forged (authentication is off):
    /// every <c>/api</c> request is then refused rather than trusting it.
    /// </summary>
    public bool RolesCannotBeTrusted => RequireAppRoles && !AppServiceAuthentication;

    /// <summary>
    /// The leads' pages may be shown without App Service Authentication: only the local <c>serve</c>
    /// (loopback) sets this. In a function app the pages are anonymous functions, so without the
    /// platform's sign-in in front of them they refuse to answer.
    /// </summary>
    public bool PagesWithoutSignIn { get; init; }

    /// <summary>The largest file accepted for validation.</summary>
    public long MaxUploadBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>
    /// The longest the service works on one HTTP request before it is stopped and answered 503
    /// (<c>Reporting__RequestTimeoutSeconds</c>, 1 to 220, default 60). Time spent waiting for a
    /// request's body to arrive is not counted, but no request runs past 220 s, under the 230 s the
    /// Azure front end allows (see <see cref="Http.RequestTimeBudget"/>).
    /// </summary>
    public TimeSpan RequestTimeBudget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How many upload checks (validate, the upload and quarter pages) run at once
    /// (<c>Reporting__MaxConcurrentChecks</c>, 1 to 256, default two per processor); a check that finds
    /// none free for a few seconds is answered 503 with <c>Retry-After</c> (see <see cref="Application.Runs.UploadCheckSlots"/>).
    /// </summary>
    public int MaxConcurrentChecks { get; init; } = Application.Runs.UploadCheckSlots.DefaultCount;

    /// <summary>The councils the quarterly timer runs; empty means every council with a folder in the metrics container.</summary>
    public IReadOnlyList<CouncilCode> Councils { get; init; } = [];

    /// <summary>The Storage REST version the Blob and queue clients send (e.g. "2025-11-05"); null for the SDK's default.</summary>
    public string? StorageServiceVersion { get; init; }

    /// <summary>
    /// What the bound <paramref name="settings"/> mean, with App Service Authentication's own setting
    /// (<c>WEBSITE_AUTH_ENABLED</c>, outside the <c>Reporting</c> section) from <paramref name="configuration"/>.
    /// </summary>
    public static FunctionOptions From(ReportingSettings settings, IConfiguration configuration) =>
        FromSettings(name => name.StartsWith(ReportingSettings.Section + "__", StringComparison.Ordinal) ? settings.Setting(name) : SettingsFrom(configuration)(name));

    /// <summary>App settings by their environment names (<c>Reporting__X</c>) from <paramref name="configuration"/>, where they are <c>Reporting:X</c>.</summary>
    public static Func<string, string?> SettingsFrom(IConfiguration configuration) =>
        name => configuration[name.Replace("__", ":", StringComparison.Ordinal)];

    /// <summary>Reads the options from app settings; a setting that cannot be read is an error naming it.</summary>
    public static FunctionOptions FromSettings(Func<string, string?> settings)
    {
        var councils = new List<CouncilCode>();
        foreach (var text in (settings("Reporting__Councils") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parsed = CouncilCode.Parse(text);
            councils.Add(parsed.Success ? parsed.Value : throw new InvalidOperationException($"App setting Reporting__Councils: {parsed.Error}"));
        }

        var authentication = Flag(settings, "WEBSITE_AUTH_ENABLED");
        return new FunctionOptions
        {
            RequireAppRoles = Flag(settings, "Reporting__RequireAppRoles") ?? authentication ?? false,
            AppServiceAuthentication = authentication ?? false,
            MaxUploadBytes = Number(settings, "Reporting__MaxUploadMegabytes", 10, 1, 100) * 1024L * 1024L,
            RequestTimeBudget = TimeSpan.FromSeconds(Number(settings, "Reporting__RequestTimeoutSeconds", 60, 1, (int)Http.RequestTimeBudget.HardLimit.TotalSeconds)),
            MaxConcurrentChecks = Number(settings, "Reporting__MaxConcurrentChecks", Application.Runs.UploadCheckSlots.DefaultCount, 1, 256),
            Councils = councils,
            StorageServiceVersion = ServiceVersion(settings),
        };
    }

    private static string? ServiceVersion(Func<string, string?> settings)
    {
        var text = settings("Reporting__StorageServiceVersion")?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? text
            : throw new InvalidOperationException($"App setting Reporting__StorageServiceVersion is '{text}': write a Storage REST version as a date, e.g. 2025-11-05, or leave it empty.");
    }

    private static bool? Flag(Func<string, string?> settings, string name)
    {
        var text = settings(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return bool.TryParse(text.Trim(), out var value)
            ? value
            : throw new InvalidOperationException($"App setting {name} is '{text}': write true or false.");
    }

    private static int Number(Func<string, string?> settings, string name, int fallback, int min, int max)
    {
        var text = settings(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidOperationException($"App setting {name} is '{text}': give a whole number from {min} to {max}.");
    }
}
