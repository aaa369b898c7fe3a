namespace Reporting.Rendering.Tests.Document;

/// <summary>
/// Writes the test fixtures' documents to the folder named by REPORTING_PREVIEW_DIR, for looking
/// at the pages (pdftoppm -png -r 80). Does nothing when the variable is not set.
/// </summary>
public sealed class PreviewFixtures
{
    [Fact]
    public void Preview_WhenAFolderIsGiven_WritesEveryAudienceAndTheEdgeCases()
    {
        var folder = Environment.GetEnvironmentVariable("REPORTING_PREVIEW_DIR");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var renderer = new PdfReportRenderer();
        foreach (var audience in new[] { "dfe", "essex", "cabinet" })
        {
            File.WriteAllBytes(Path.Combine(folder, $"fixture-{audience}.pdf"), renderer.Render(ReportBuilder.Typical(audience).Build()));
        }

        File.WriteAllBytes(Path.Combine(folder, "fixture-many.pdf"), renderer.Render(new ReportBuilder("essex").WithManyIndicators(55).Build()));
        File.WriteAllBytes(Path.Combine(folder, "fixture-gaps.pdf"), renderer.Render(new ReportBuilder("essex")
            .With(Reporting.Domain.Indicators.IndicatorCatalogue.CaseloadAverage, [null, null, 16m, null, 15m, null], target: 15m)
            .With(Reporting.Domain.Indicators.IndicatorCatalogue.HealthAssessments, [null], target: 90m)
            .With(Reporting.Domain.Indicators.IndicatorCatalogue.CareLeaversEet, [], target: 60m)
            .Build()));
    }
}
