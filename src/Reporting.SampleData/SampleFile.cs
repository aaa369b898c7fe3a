namespace Reporting.SampleData;

/// <summary>A file of the sample data set: container, object name and content.</summary>
public sealed record SampleFile(string Container, string Name, byte[] Content);
