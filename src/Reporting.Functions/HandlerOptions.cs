using System.Globalization;
using Reporting.Domain.Councils;

namespace Reporting.Functions;

/// <summary>
/// How the handler behaves, read from app settings (environment variables in a function app):
/// <c>Reporting__RequireAppRoles</c> (default: on when App Service Authentication is,
/// <c>WEBSITE_AUTH_ENABLED</c>), <c>Reporting__RunWaitSeconds</c>, <c>Reporting__MaxUploadMegabytes</c>,
/// <c>Reporting__Councils</c> (comma separated; empty means every council with uploads).
/// Invariant: app roles are only trusted when App Service Authentication is on, since without it
/// anyone can send an <c>X-MS-CLIENT-PRINCIPAL</c> header (see <see cref="RolesCannotBeTrusted"/>).
/// </summary>
public sealed record HandlerOptions
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

    /// <summary>How long an on-demand run is awaited before the answer becomes 202 with a status URL (well under the host's 230 s).</summary>
    public TimeSpan RunWait { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The largest file accepted for validation.</summary>
    public long MaxUploadBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The councils the quarterly timer runs; empty means every council with a folder in the metrics container.</summary>
    public IReadOnlyList<CouncilCode> Councils { get; init; } = [];

    /// <summary>Write logs as JSON lines (for the Functions host), not as text (for a terminal).</summary>
    public bool JsonLogs { get; init; }

    /// <summary>The clock: decides which quarter the timer reports.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Reads the options from app settings; a setting that cannot be read is an error naming it.</summary>
    public static HandlerOptions FromSettings(Func<string, string?> settings)
    {
        var councils = new List<CouncilCode>();
        foreach (var text in (settings("Reporting__Councils") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parsed = CouncilCode.Parse(text);
            councils.Add(parsed.Success ? parsed.Value : throw new InvalidOperationException($"App setting Reporting__Councils: {parsed.Error}"));
        }

        var authentication = Flag(settings, "WEBSITE_AUTH_ENABLED");
        return new HandlerOptions
        {
            RequireAppRoles = Flag(settings, "Reporting__RequireAppRoles") ?? authentication ?? false,
            AppServiceAuthentication = authentication ?? false,
            RunWait = TimeSpan.FromSeconds(Number(settings, "Reporting__RunWaitSeconds", 20, 0, 200)),
            MaxUploadBytes = Number(settings, "Reporting__MaxUploadMegabytes", 10, 1, 100) * 1024L * 1024L,
            Councils = councils,
            JsonLogs = true,
        };
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
