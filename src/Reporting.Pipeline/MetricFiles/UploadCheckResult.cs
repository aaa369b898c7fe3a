using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>A file checked before upload: what it was read as (null when neither its name nor its content said) and its findings.</summary>
public sealed record UploadCheckResult(RecognisedUpload? ReadAs, IReadOnlyList<Finding> Findings);
