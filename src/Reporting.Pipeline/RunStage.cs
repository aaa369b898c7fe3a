namespace Reporting.Pipeline;

/// <summary>The pipeline's stages, reported as progress.</summary>
public enum RunStage
{
    Collect,
    Validate,
    Aggregate,
    Compose,
    Render,
    Publish,
}
