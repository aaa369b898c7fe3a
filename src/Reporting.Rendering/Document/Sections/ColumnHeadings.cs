using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Document.Sections;

/// <summary>A table's columns as both renderers head them (<see cref="TableHeading"/>), with their widths in the PDF.</summary>
internal static class ColumnHeadings
{
    public static TableColumn[] Of(IReadOnlyList<TableHeading> headings, params double[] weights) =>
        headings.Count == weights.Length
            ? [.. headings.Zip(weights, (column, weight) => new TableColumn(column.Heading, weight, column.Numeric ? ColumnAlign.Right : ColumnAlign.Left))]
            : throw new ArgumentException($"{headings.Count} columns but {weights.Length} widths: give each column its width.", nameof(weights));
}
