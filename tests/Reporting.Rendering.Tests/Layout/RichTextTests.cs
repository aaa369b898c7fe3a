using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Tests.Layout;

public sealed class RichTextTests
{
    private static IReadOnlyList<TextLine> Break(double width, params TextRun[] runs) => RichText.Break(runs, width, FixedWidthMeasure.Context);

    [Fact]
    public void Break_WordsThatFitExactly_StayOnOneLine()
    {
        var lines = Break(35, new TextRun("aaa bbb ccc", TextStyle.Body));

        Assert.Equal(["aaa bbb ", "ccc"], lines.Select(l => l.PlainText));
        Assert.Equal(35, lines[0].Width);
    }

    [Fact]
    public void Break_WordWiderThanTheLine_SplitsInsideTheWord()
    {
        var lines = Break(20, new TextRun("abcdefghij", TextStyle.Body));

        Assert.Equal(["abcd", "efgh", "ij"], lines.Select(l => l.PlainText));
    }

    [Fact]
    public void Break_LongFilePath_BreaksAfterASeparatorWhenItCan()
    {
        var lines = Break(60, new TextRun("2017-18-Q2/ssda903/episodes.csv", TextStyle.Body));

        Assert.Equal(["2017-18-Q2/", "ssda903/", "episodes.csv"], lines.Select(l => l.PlainText));
    }

    [Fact]
    public void Break_RunsOfDifferentStyles_KeepTheSpacesBetweenWords()
    {
        var lines = Break(500, new TextRun("Caseloads are ", TextStyle.Body), new TextRun("14.2", TextStyle.BodyBold), new TextRun(" per worker, ", TextStyle.Body), new TextRun("down", TextStyle.BodyItalic), new TextRun(".", TextStyle.Body));

        var line = Assert.Single(lines);
        Assert.Equal("Caseloads are 14.2 per worker, down.", line.PlainText);
        Assert.Equal([TextStyle.Body, TextStyle.BodyBold, TextStyle.Body, TextStyle.BodyItalic, TextStyle.Body], line.Spans.Select(s => s.Style));
        Assert.Equal(" 14.2", line.Spans[1].Text);
        Assert.Equal(13 * 5, line.Spans[1].X);
    }

    [Fact]
    public void Break_NewlineInText_StartsANewLine()
    {
        var lines = Break(500, new TextRun("first\nsecond", TextStyle.Body));

        Assert.Equal(["first", "second"], lines.Select(l => l.PlainText));
    }

    [Fact]
    public void Break_EmptyText_GivesOneEmptyLineOfTheStyleHeight()
    {
        var line = Assert.Single(Break(100, new TextRun(string.Empty, TextStyle.Heading1)));

        Assert.Equal(17 * 1.28, line.Height, 3);
    }
}
