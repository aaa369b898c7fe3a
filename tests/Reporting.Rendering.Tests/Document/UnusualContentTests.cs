using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.Composition;
using Reporting.Rendering.Layout;
using Reporting.Testing;

namespace Reporting.Rendering.Tests.Document;

/// <summary>Content a council might really send: nothing, far too much, or characters the font lacks. None of it may crash a run.</summary>
public sealed class UnusualContentTests : IDisposable
{
    private readonly PdfTools _tools = new();
    private readonly PdfReportRenderer _renderer = new();

    [Fact]
    public void Render_NoIndicatorsAtAll_GivesAValidDocumentWithEverySection()
    {
        var path = _tools.Save(_renderer.Render(new ReportBuilder().Build()));

        Assert.Equal(0, _tools.Check(path).ExitCode);
        Assert.Contains("Glossary of indicators", _tools.Text(path));
    }

    [Fact]
    public void Render_CharactersOutsideTheFont_StillRenders()
    {
        var model = ReportBuilder.Typical()
            .WithCommentary(3, "Emoji 😀, CJK 儿童, Arabic مرحبا, tab\there, control \u0001 char and a zero-width\u200Bspace.")
            .WithFinding(Finding.Warning("team names ✓.csv", "unexpected character → check the encoding", 3, "team", "Équipe Nord"))
            .Build();

        var path = _tools.Save(_renderer.Render(model));

        Assert.Equal(0, _tools.Check(path).ExitCode);
        Assert.Contains("Équipe Nord", _tools.RawText(path));
    }

    [Fact]
    public void Render_HugeUnbreakableValueInAFinding_IsClippedNotThrown()
    {
        var model = ReportBuilder.Typical()
            .WithFinding(Finding.Error("measures.csv", "value is not a number", 2, "value", new string('9', 20_000)))
            .Build();
        var theme = new Theme();

        var layout = PdfReportRenderer.Lay(model, theme, new FontTextMeasure(theme));
        var path = _tools.Save(_renderer.Render(model));

        Assert.NotEmpty(layout.Issues);
        Assert.Equal(0, _tools.Check(path).ExitCode);
    }

    [Fact]
    public void Render_FortyTeams_DrawsEveryTeamInTheChartAndTable()
    {
        var teams = Enumerable.Range(1, 40).Select(n => new TeamFigures($"Team {n}", 10m + (n % 7), n % 3 == 0 ? null : n, 5m)).ToArray();
        var model = new ReportBuilder().With(IndicatorCatalogue.CaseloadAverage, [15m, 14.2m], target: 15m).WithTeams(teams).Build();

        var path = _tools.Save(_renderer.Render(model));
        var text = _tools.RawText(path);

        Assert.Equal(0, _tools.Check(path).ExitCode);
        Assert.Contains("Team 40", text);
    }

    public void Dispose() => _tools.Dispose();
}
