using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles.Workforce;

/// <summary>The code lists of the Children's Social Work Workforce (CSWW) census and workforce.csv.</summary>
public static class WorkforceCodes
{
    /// <summary>OrgRole 1–6 (CSWW census guide).</summary>
    public static CodeList OrgRoles { get; } = new("a CSWW OrgRole code", "1", "2", "3", "4", "5", "6");

    /// <summary>OrgRole names accepted in workforce.csv in place of the number.</summary>
    public static IReadOnlyDictionary<string, OrgRole> RoleNames { get; } = new Dictionary<string, OrgRole>(StringComparer.OrdinalIgnoreCase)
    {
        ["senior manager"] = OrgRole.SeniorManager,
        ["middle manager"] = OrgRole.MiddleManager,
        ["first line manager"] = OrgRole.FirstLineManager,
        ["senior practitioner"] = OrgRole.SeniorPractitioner,
        ["case holder"] = OrgRole.CaseHolder,
        ["qualified without cases"] = OrgRole.QualifiedWithoutCases,
    };

    public static CodeList Employment { get; } = new("permanent or agency", "permanent", "agency");

    public static CodeList Routes { get; } = new("an entry route", "graduate", "step-up", "frontline", "experienced");

    /// <summary>The CSWW yes/no flags (AgencyWorker, StepUpGrad, FrontlineGrad).</summary>
    public static CodeList Flags { get; } = new("0 (no) or 1 (yes)", "0", "1");

    public static EntryRoute Route(string? code) => code?.ToLowerInvariant() switch
    {
        "graduate" => EntryRoute.Graduate,
        "step-up" => EntryRoute.StepUp,
        "frontline" => EntryRoute.Frontline,
        "experienced" => EntryRoute.Experienced,
        _ => EntryRoute.Unknown,
    };
}
