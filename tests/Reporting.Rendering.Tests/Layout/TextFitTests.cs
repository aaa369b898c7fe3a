using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Tests.Layout;

/// <summary>Issue 13, item 5: fitting and breaking text costs what the lines hold, not the square of the text's length.</summary>
public sealed class TextFitTests
{
    [Fact]
    public void Ellipsis_FortyThousandCharacterName_MeasuresAboutALinesWorth()
    {
        var measure = new CountingMeasure();

        var shown = TextFit.Ellipsis(new string('n', 40_000), TextStyle.Body, 100, measure);

        Assert.Equal(new string('n', 19) + "…", shown); // 20 characters of 5 pt fill 100 pt
        Assert.True(measure.Characters < 1_000_000, $"measured {measure.Characters:N0} characters");
    }

    [Fact]
    public void Break_MillionCharacterWord_IsSplitInLinearTime()
    {
        var measure = new CountingMeasure();
        var word = new string('w', 1_000_000);

        var lines = RichText.Break([new TextRun(word, TextStyle.Body)], 500, new LayoutContext(new Theme(), measure));

        Assert.Equal(10_000, lines.Count); // 100 characters of 5 pt to a 500 pt line
        Assert.True(measure.Characters < 20L * word.Length, $"measured {measure.Characters:N0} characters for a {word.Length:N0}-character word");
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(37, 100)]
    [InlineData(100, 100)]
    [InlineData(0, 100)]
    public void LongestFitting_FindsTheLastLengthThatFits(int fitting, int max)
    {
        Assert.Equal(Math.Max(1, fitting), TextFit.LongestFitting(max, n => n <= fitting));
    }

    private sealed class CountingMeasure : ITextMeasure
    {
        public long Characters { get; private set; }

        public double Width(string text, TextStyle style)
        {
            Characters += text.Length;
            return text.Length * FixedWidthMeasure.CharWidth;
        }
    }
}
