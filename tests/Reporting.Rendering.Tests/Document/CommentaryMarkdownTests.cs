using Reporting.Rendering.Document;
using Reporting.Rendering.Layout;

namespace Reporting.Rendering.Tests.Document;

public sealed class CommentaryMarkdownTests
{
    private static readonly Theme Theme = new();

    [Fact]
    public void ToBlocks_BoldAndItalic_BecomeStyledRunsOfOneParagraph()
    {
        var blocks = CommentaryMarkdown.ToBlocks("Caseloads are **14.2**, down from *20.1*.", Theme);

        var paragraph = Assert.IsType<TextBlock>(Assert.Single(blocks));
        Assert.Equal("Caseloads are 14.2, down from 20.1.", paragraph.PlainText);
        Assert.False(paragraph.IsHeading);
    }

    [Fact]
    public void ToBlocks_HeadingListAndParagraph_KeepTheirOrder()
    {
        var blocks = CommentaryMarkdown.ToBlocks("### Recruitment\n\n- 29 started\n- 9 graduates\n\nMore to do.", Theme);

        Assert.Collection(
            blocks,
            b => Assert.True(Assert.IsType<TextBlock>(b).IsHeading),
            b => Assert.IsType<BulletListBlock>(b),
            b => Assert.Equal("More to do.", Assert.IsType<TextBlock>(b).PlainText));
    }

    [Fact]
    public void ToBlocks_RawHtml_IsKeptAsLiteralText()
    {
        var blocks = CommentaryMarkdown.ToBlocks("<div onclick=\"x()\">Hello</div>\n\nText with <b>tags</b>.", Theme);

        var text = string.Join("|", blocks.OfType<TextBlock>().Select(b => b.PlainText));
        Assert.Contains("<div onclick=\"x()\">Hello</div>", text);
        Assert.Contains("Text with <b>tags</b>.", text);
    }

    [Fact]
    public void ToBlocks_Link_PrintsItsTextAndAddress()
    {
        var blocks = CommentaryMarkdown.ToBlocks("See [the plan](https://example.org/plan).", Theme);

        Assert.Equal("See the plan (https://example.org/plan).", Assert.IsType<TextBlock>(Assert.Single(blocks)).PlainText);
    }

    [Theory]
    [InlineData("*very **late** visits*", "BodyItalic BodyBoldItalic BodyItalic")]
    [InlineData("**very *late* visits**", "BodyBold BodyBoldItalic BodyBold")]
    [InlineData("***late*** visits", "BodyBoldItalic Body")]
    public void ToBlocks_BoldAndItalicNested_KeepsBothStyles(string markdown, string expectedStyles)
    {
        var blocks = CommentaryMarkdown.ToBlocks(markdown, Theme);

        var runs = Assert.IsType<TextBlock>(Assert.Single(blocks)).Runs;
        Assert.Equal(expectedStyles, string.Join(" ", runs.Select(r => r.Style)));
    }
}
