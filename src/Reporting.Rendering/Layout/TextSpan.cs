namespace Reporting.Rendering.Layout;

/// <summary>Text of one style placed at <see cref="X"/> from the line's start.</summary>
internal sealed record TextSpan(string Text, TextStyle Style, double X);
