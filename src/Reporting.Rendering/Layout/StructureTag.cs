namespace Reporting.Rendering.Layout;

/// <summary>The structure tags the documents use (a subset of PDF's standard structure types).</summary>
internal enum StructureTag
{
    Heading1,
    Heading2,
    Heading3,
    Paragraph,
    List,
    ListItem,
    ListLabel,
    ListBody,
    Table,
    TableHead,
    TableBody,
    TableRow,
    TableHeaderCell,
    TableDataCell,
    Caption,
}
