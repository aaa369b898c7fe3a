using System.Text;
using Reporting.Testing;

namespace Reporting.Rendering.Tests.Document;

/// <summary>
/// The PDF/UA-1 rules the documents claim, checked on the rendered files by a structure-tree and
/// content-stream walk (tests/tools/pdfua_check.py): the pdfuaid declaration, nesting of marked
/// content and text objects, alt text and captions on figures, THead/TBody and row and column
/// headers on tables, headings and bookmarks. A screen-reader user would notice each one failing.
/// </summary>
public sealed class AccessibilityTests : IDisposable
{
    private readonly PdfTools _tools = new();
    private readonly PdfReportRenderer _renderer = new();

    public static TheoryData<string> Audiences => new() { "dfe", "essex", "cabinet" };

    [Theory]
    [MemberData(nameof(Audiences))]
    public void Render_EveryAudience_PassesThePdfUaChecks(string audience)
    {
        var path = _tools.Save(_renderer.Render(ReportBuilder.Typical(audience).Build()), audience + ".pdf");

        var (exitCode, output) = _tools.CheckAccessibility(path);

        Assert.True(exitCode == 0, output);
        Assert.Contains("0 problem(s)", output);
    }

    [Fact]
    public void Render_Essex_DeclaresPdfUa1InItsXmpMetadata() =>
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", Encoding.UTF8.GetString(_renderer.Render(ReportBuilder.Typical().Build())));

    [Fact]
    public void Render_MissingFigureInATable_IsReadAsNotAvailable()
    {
        // The typical model has no statistical-neighbour figures: those cells print "n/a".
        var raw = Encoding.Latin1.GetString(_renderer.Render(ReportBuilder.Typical().Build()));

        Assert.Contains("/Alt(not available)", raw);
    }

    [Fact]
    public void Checker_DocumentWithoutThePdfUaDeclaration_IsReported()
    {
        var pdf = _renderer.Render(ReportBuilder.Typical().Build());
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.IndexOf("<pdfuaid:part>1<", StringComparison.Ordinal) + "<pdfuaid:part>".Length;
        pdf[at] = (byte)'0'; // same length, so the file stays valid
        var path = _tools.Save(pdf, "undeclared.pdf");

        var (exitCode, output) = _tools.CheckAccessibility(path);

        Assert.Equal(1, exitCode);
        Assert.Contains("does not declare pdfuaid:part 1", output);
    }

    public void Dispose() => _tools.Dispose();
}
