namespace Reporting.Rendering.Layout;

/// <summary>A figure: a title printed above it, the drawing and the alternative text that says in words what it shows.</summary>
internal sealed record FigureSpec(string Title, IDrawing Drawing, string AltText);
