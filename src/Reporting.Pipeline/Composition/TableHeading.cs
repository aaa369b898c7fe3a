namespace Reporting.Pipeline.Composition;

/// <summary>A table column as both renderers head it: its heading (a line break where the PDF breaks it) and whether it holds figures, aligned right.</summary>
public sealed record TableHeading(string Heading, bool Numeric = false);
