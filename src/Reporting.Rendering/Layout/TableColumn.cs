namespace Reporting.Rendering.Layout;

/// <summary>A column: its header text, its share of the table width and how its cells align.</summary>
internal sealed record TableColumn(string Header, double Weight, ColumnAlign Align = ColumnAlign.Left);
