using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Reporting.Web.Tests;

/// <summary>What every page is checked for: no WCAG 2.2 A/AA violation (axe-core), and no sideways scrolling (WCAG 1.4.10 Reflow).</summary>
internal static class PageChecks
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    /// <summary>No WCAG 2.2 A/AA violation on the page as it is now; <paramref name="name"/> says which page failed.</summary>
    public static async Task AssertAxeAsync(IPage page, string name)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        Assert.True(result.Violations.Length == 0, $"{name}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    /// <summary>The page is no wider than the window: nothing makes the reader scroll sideways.</summary>
    public static async Task AssertNoSidewaysScrollingAsync(IPage page, string name, int width) =>
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"{name} scrolls sideways at {width} px.");
}
