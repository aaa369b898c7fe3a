using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Composition;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.Publishing;
using Reporting.Pipeline.Rendering;
using Reporting.Pipeline.Storage;

namespace Reporting.Pipeline.Runs;

/// <summary>
/// The Compose and Render stages of a run: one report model per chosen audience, rendered as a PDF
/// (and an HTML page when there is an HTML renderer), then the quarter's indicators and findings as
/// <c>indicators.csv</c>, <c>indicators.json</c> and <c>data-quality.json</c>. Writes nothing.
/// </summary>
public sealed class RunRenderer(IReportRenderer renderer, IReportRenderer? htmlRenderer)
{
    /// <summary>
    /// The run's outputs in the order they are written; each review says what its audience lacks when
    /// <paramref name="verdict"/> let it through incomplete. <paramref name="keeper"/> is checked after each audience.
    /// </summary>
    public IReadOnlyList<RenderedOutput> Render(RunPlan plan, ValidatedQuarter quarter, QuarterIndicators indicators, GateVerdict verdict, LeaseKeeper keeper, IProgress<RunProgress>? progress)
    {
        var (council, period) = (plan.Files.Council, plan.Files.Period);
        var councilName = (plan.Files.ConfigFile(CouncilNameFile.FileName) is { } nameFile ? CouncilNameFile.Read(nameFile, quarter.Findings) : null)
            ?? $"Council {council}";
        var outputs = new List<RenderedOutput>();
        foreach (var audience in plan.Audiences)
        {
            progress?.Report(new RunProgress(RunStage.Compose, audience.Id));
            var documentId = RunInputs.DigestOf([plan.Inputs.Digest, audience.Id])[..32];
            var model = ReportComposer.Compose(audience, council, councilName, quarter, indicators, documentId) with { RunId = plan.RunId, Gaps = verdict.MissingFor(audience.Id) };
            progress?.Report(new RunProgress(RunStage.Render, $"{audience.Id} ({audience.Readers})"));
            outputs.Add(new RenderedOutput(StoreLayout.ReviewDocument(audience.Id), renderer.Render(model), renderer.ContentType, audience.Id));
            if (htmlRenderer is not null)
            {
                // The same model as an HTML page beside the PDF, listed with its audience like the PDF (Manifest.ReviewDocuments are the PDFs).
                outputs.Add(new RenderedOutput(StoreLayout.HtmlReview(audience.Id), htmlRenderer.Render(model), htmlRenderer.ContentType, audience.Id));
            }

            keeper.ThrowIfLost();
        }

        var all = ReportComposer.ReportAll(quarter, indicators);
        outputs.Add(new RenderedOutput(StoreLayout.IndicatorsCsvFile, IndicatorsExport.ToCsv(all), "text/csv", null));
        outputs.Add(new RenderedOutput(StoreLayout.IndicatorsJsonFile, IndicatorsExport.ToJson(council, period, all), "application/json", null));
        outputs.Add(new RenderedOutput(StoreLayout.DataQualityFile, IndicatorsExport.DataQualityJson(council, period, quarter.Findings), "application/json", null));
        return outputs;
    }
}
