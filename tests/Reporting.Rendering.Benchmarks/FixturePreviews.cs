using Reporting.Domain.Indicators;
using Reporting.Rendering.Tests;

namespace Reporting.Rendering.Benchmarks;

/// <summary>
/// The rendering tests' fixture documents written as PDFs, for looking at the pages
/// (<c>pdftoppm -png -r 80</c>): every audience's typical report and the edge cases (many indicators, gaps).
/// </summary>
internal static class FixturePreviews
{
    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var renderer = new PdfReportRenderer();
        foreach (var audience in new[] { "dfe", "essex", "cabinet" })
        {
            Save(folder, $"fixture-{audience}.pdf", renderer.Render(ReportBuilder.Typical(audience).Build()));
        }

        Save(folder, "fixture-many.pdf", renderer.Render(new ReportBuilder("essex").WithManyIndicators(55).Build()));
        Save(folder, "fixture-gaps.pdf", renderer.Render(new ReportBuilder("essex")
            .With(IndicatorCatalogue.CaseloadAverage, [null, null, 16m, null, 15m, null], target: 15m)
            .With(IndicatorCatalogue.HealthAssessments, [null], target: 90m)
            .With(IndicatorCatalogue.CareLeaversEet, [], target: 60m)
            .Build()));
    }

    private static void Save(string folder, string name, byte[] document)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, document);
        Console.WriteLine($"wrote {path}");
    }
}
