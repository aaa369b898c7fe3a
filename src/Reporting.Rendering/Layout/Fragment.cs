namespace Reporting.Rendering.Layout;

/// <summary>A placed part of a block, ready to draw in a box of its own height.</summary>
internal abstract class Fragment
{
    public abstract double Height { get; }

    /// <summary>Draws into <paramref name="box"/>, opening and closing its structure tags.</summary>
    public abstract void Draw(PageCanvas canvas, PdfSharp.Drawing.XRect box);

    /// <summary>A short description for layout tests, e.g. "table rows 4-9, header repeated".</summary>
    public abstract string Describe();

    /// <summary>
    /// The level 1 or 2 heading this fragment starts, if it starts one: the paginator lists them
    /// by page, for the contents page and the bookmarks.
    /// </summary>
    public virtual PageHeading? Heading => null;

    public override string ToString() => Describe();
}
