namespace Reporting.Rendering.Layout;

/// <summary>How a table column's cells align.</summary>
internal enum ColumnAlign
{
    Left,
    Right,
    Centre,
}
