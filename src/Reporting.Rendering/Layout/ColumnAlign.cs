namespace Reporting.Rendering.Layout;

/// <summary>How a table column's cells sit across the column.</summary>
internal enum ColumnAlign
{
    Left,
    Right,
    Centre,
}
