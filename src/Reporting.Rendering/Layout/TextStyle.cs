namespace Reporting.Rendering.Layout;

/// <summary>The text styles the documents use; each maps to one font in <see cref="Theme"/>.</summary>
internal enum TextStyle
{
    Body,
    BodyBold,
    BodyItalic,
    BodyBoldItalic,
    Small,
    SmallBold,
    TableHeader,
    TableBody,
    TableBodyBold,
    Heading1,
    Heading2,
    Heading3,
    Title,
    Subtitle,
    KpiValue,
    ChartLabel,
    ChartLabelBold,
    Marking,
}
