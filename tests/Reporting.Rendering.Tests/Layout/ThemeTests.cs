using PdfSharp.Drawing;
using Reporting.Domain.Comparison;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Tests.Layout;

public sealed class ThemeTests
{
    /// <summary>Relative luminance (WCAG 2): what a greyscale printer keeps of a colour.</summary>
    private static double Luminance(XColor colour)
    {
        static double Linear(double channel) => channel <= 0.04045 ? channel / 12.92 : Math.Pow((channel + 0.055) / 1.055, 2.4);
        return (0.2126 * Linear(colour.R / 255.0)) + (0.7152 * Linear(colour.G / 255.0)) + (0.0722 * Linear(colour.B / 255.0));
    }

    private static double Contrast(XColor a, XColor b)
    {
        var (light, dark) = (Math.Max(Luminance(a), Luminance(b)), Math.Min(Luminance(a), Luminance(b)));
        return (light + 0.05) / (dark + 0.05);
    }

    [Fact]
    public void Rag_Fills_DifferInLightnessSoGreyscalePrintKeepsThemApart()
    {
        var theme = new Theme();
        var (red, amber, green) = (theme.Rag(RagStatus.Red).Fill, theme.Rag(RagStatus.Amber).Fill, theme.Rag(RagStatus.Green).Fill);

        // 1.5:1 between each pair is a step a reader sees on a grey printout.
        Assert.True(Contrast(amber, red) >= 1.5, $"amber/red {Contrast(amber, red):0.00}");
        Assert.True(Contrast(red, green) >= 1.5, $"red/green {Contrast(red, green):0.00}");
    }

    [Theory]
    [InlineData(RagStatus.Red)]
    [InlineData(RagStatus.Amber)]
    [InlineData(RagStatus.Green)]
    public void Rag_WordOnItsChip_MeetsTheWcagContrastForText(RagStatus status)
    {
        var (fill, text) = new Theme().Rag(status);

        Assert.True(Contrast(fill, text) >= 4.5, $"{status}: {Contrast(fill, text):0.00}");
    }
}
