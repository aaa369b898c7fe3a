namespace Reporting.Rendering.Layout;

/// <summary>Empty vertical space; dropped at the top of a page, and moved there (so dropped) when it does not fit.</summary>
internal sealed class Spacer(double height) : Block
{
    public override double SpaceAfter(Theme theme) => 0;

    public override SpacePlan Plan(LayoutContext context, double width, double available, bool pageIsEmpty) =>
        pageIsEmpty ? SpacePlan.Full(new SpaceFragment(0))
        : height <= available ? SpacePlan.Full(new SpaceFragment(height))
        : SpacePlan.Wrap("the space runs past the end of the page");

    private sealed class SpaceFragment(double height) : Fragment
    {
        public override double Height => height;

        public override void Draw(PageCanvas canvas, PdfSharp.Drawing.XRect box)
        {
        }

        public override string Describe() => $"space {height:0.#}";
    }
}
