using Reporting.Pipeline.MetricFiles;

namespace Reporting.Pipeline.Quarters;

/// <summary>An uploaded file of the quarter: name within the quarter's folder, content, when it was stored and by whom (null when not known).</summary>
public sealed record QuarterUpload(string Name, long Length, UploadCheckResult Check, DateTimeOffset? UploadedAt, string? UploadedBy);
