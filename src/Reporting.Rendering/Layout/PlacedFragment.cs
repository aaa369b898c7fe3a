using PdfSharp.Drawing;

namespace Reporting.Rendering.Layout;

/// <summary>A fragment in its box on a page (page coordinates, points).</summary>
internal sealed record PlacedFragment(Fragment Fragment, XRect Box)
{
    /// <summary>True when the fragment is taller than the box and is clipped.</summary>
    public bool Clipped => Fragment.Height > Box.Height + 0.01;
}
