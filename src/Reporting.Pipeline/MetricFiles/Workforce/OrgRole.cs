namespace Reporting.Pipeline.MetricFiles.Workforce;

/// <summary>The CSWW OrgRole codes: what a children and family social worker does.</summary>
public enum OrgRole
{
    SeniorManager = 1,
    MiddleManager = 2,
    FirstLineManager = 3,
    SeniorPractitioner = 4,
    CaseHolder = 5,
    QualifiedWithoutCases = 6,
}
