using Reporting.Pipeline.Aggregation;
using Reporting.Pipeline.Storage;
using Reporting.Rendering;
using Reporting.SampleData;
using Reporting.Storage.Folder;
using Reporting.Testing;

namespace Reporting.Pipeline.Tests.Documents;

/// <summary>
/// The sample's latest quarter run once through the whole pipeline with the real renderer, and each
/// published review read back as its reader's tools see it (pdftotext): shared by the document checks.
/// </summary>
public sealed class SampleDocuments : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reporting-documents-").FullName;
    private readonly PdfTools _tools = new();
    private readonly Dictionary<string, string> _paths = [];

    public SampleDocuments()
    {
        var store = new FolderStore(_root);
        SampleDataSet.WriteAsync(store).GetAwaiter().GetResult();
        var result = new ReportRun(store, new PdfReportRenderer(), RecordSources.All)
            .RunAsync(new RunRequest(SampleDataSet.Council, SampleArc.Latest, [], false)).GetAwaiter().GetResult();
        foreach (var audience in new[] { "dfe", "essex", "cabinet" })
        {
            var name = $"{audience}-review.pdf";
            var pdf = store.GetAsync(StoreLayout.ReportsContainer, result.Manifest!.Output(name)!.Path).GetAwaiter().GetResult()!.Content;
            _paths[audience] = _tools.Save(pdf, name);
        }
    }

    /// <summary>The path of an audience's PDF.</summary>
    public string Path(string audience) => _paths[audience];

    /// <summary>An audience's document as text with its layout (one page, or every page).</summary>
    public string Text(string audience, int? page = null) => _tools.Text(_paths[audience], page);

    /// <summary>An audience's document as text in content order, lines joined by spaces, so sentences read whole.</summary>
    public string Flowing(string audience) =>
        string.Join(' ', _tools.RawText(_paths[audience]).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    public PdfTools Tools => _tools;

    public void Dispose()
    {
        _tools.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
