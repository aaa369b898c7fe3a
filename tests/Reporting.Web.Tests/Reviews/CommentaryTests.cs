using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Reporting.Pipeline.Composition;
using Reporting.Web.Reviews;

namespace Reporting.Web.Tests.Reviews;

public sealed class CommentaryTests
{
    [Fact]
    public async Task Commentary_HtmlAndScriptInTheMarkdown_PrintedAsTextNeverAsMarkup()
    {
        const string markdown = "Caseloads <script>alert(1)</script> fell.\n\n<img src=x onerror=alert(2)>\n\n- one\n- **two** and *three*\n";

        var html = await RenderAsync(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<li><strong>two</strong> and <em>three</em></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commentary_HardLineBreakAndNestedQuote_LineBrokenAndParagraphInTwoQuotes()
    {
        // Two spaces at a line's end break it (CommonMark); "> >" puts a paragraph in two quotes.
        const string markdown = "Owner: Head of Service  \nDue: March 2018\n\n> > Quoted from the Ofsted letter.\n";

        var html = await RenderAsync(markdown);

        Assert.Contains("<p class=\"govuk-body\">Owner: Head of Service<br>Due: March 2018</p>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote class=\"govuk-inset-text\"><blockquote class=\"govuk-inset-text\"><p class=\"govuk-body\">Quoted from the Ofsted letter.</p></blockquote></blockquote>", html, StringComparison.Ordinal);
    }

    private static async Task<string> RenderAsync(string markdown)
    {
        await using var renderer = new HtmlRenderer(new ServiceCollection().BuildServiceProvider(), NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<Commentary>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Markdown"] = markdown }))).ToHtmlString());
    }

    [Fact]
    public void Parse_ParagraphsAndAList_AParagraphPerParagraphAndOneBulletList()
    {
        var blocks = CommentaryText.Parse("First.\n\nSecond.\n\n1. a\n2. b\n");

        Assert.Collection(
            blocks,
            b => Assert.Equal("First.", Assert.Single(Assert.IsType<CommentaryParagraph>(b).Runs).Text),
            b => Assert.Equal("Second.", Assert.Single(Assert.IsType<CommentaryParagraph>(b).Runs).Text),
            b => Assert.True(Assert.IsType<CommentaryList>(b) is { Ordered: true, Items.Count: 2 }));
    }
}
