using Reporting.Domain.Comparison;

namespace Reporting.Rendering.Layout;

/// <summary>
/// A headline figure: what it is, the figure, a short line of context and its RAG status, and up
/// to two short details printed beside the figure (the counts behind it, the baseline).
/// </summary>
internal sealed record KpiTile(string Label, string Value, string Caption, RagStatus Status, IReadOnlyList<string>? Details = null);
