namespace Reporting.Pipeline.Quarters;

/// <summary>An uploaded file: name within the council's folder and size in bytes.</summary>
public sealed record UploadedInput(string Name, long Length);
