namespace Reporting.Pipeline.MetricFiles.Workforce;

/// <summary>How a social worker came into the profession, where known.</summary>
public enum EntryRoute
{
    Unknown,
    Graduate,
    StepUp,
    Frontline,
    Experienced,
}
