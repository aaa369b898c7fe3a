namespace Reporting.Pipeline.Publishing;

/// <summary>
/// A published file: its name ("dfe-review.pdf"), where it is in the reports container, its digest and
/// type; <see cref="Audience"/> for documents. <see cref="FromRun"/> is set on a document kept from an
/// earlier run made from other inputs (a later run produced only some audiences): the run that made it.
/// </summary>
public sealed record ManifestOutput(string File, string Path, string Sha256, long Length, string ContentType, string? Audience = null, string? FromRun = null);
