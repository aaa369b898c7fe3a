using Reporting.Domain.Councils;
using Reporting.Domain.Periods;

namespace Reporting.Pipeline.Storage;

/// <summary>
/// Where things live in the store (data contract): the council's uploads under
/// <c>metrics/{la}/</c>, the pipeline's publications under <c>reports/{la}/{period}/</c>.
/// Names are built only from validated <see cref="CouncilCode"/> and <see cref="FinancialQuarter"/>
/// values, never from raw request text.
/// </summary>
public static class StoreLayout
{
    public const string MetricsContainer = "metrics";
    public const string ReportsContainer = "reports";
    public const string ManifestFile = "manifest.json";
    public const string IndicatorsCsvFile = "indicators.csv";
    public const string IndicatorsJsonFile = "indicators.json";
    public const string DataQualityFile = "data-quality.json";

    /// <summary>"933/": a council's folder; input files are named relative to it ("2016-17-Q2/measures.csv", "config/targets.csv").</summary>
    public static string CouncilFolder(CouncilCode council) => $"{council}/";

    /// <summary>"933/2016-17-Q2/": the uploads for a quarter.</summary>
    public static string QuarterInputs(CouncilCode council, FinancialQuarter period) => $"{CouncilFolder(council)}{period}/";

    /// <summary>"933/config/": settings that outlive a quarter.</summary>
    public static string CouncilConfig(CouncilCode council) => $"{CouncilFolder(council)}config/";

    /// <summary>"933/2016-17-Q2/": the publication for a quarter (in the reports container).</summary>
    public static string Publication(CouncilCode council, FinancialQuarter period) => $"{council}/{period}/";

    public static string Output(CouncilCode council, FinancialQuarter period, string file) => Publication(council, period) + file;

    /// <summary>Whether <paramref name="id"/> can be a run's id (and so its folder's name): 16 lower-case hex digits, the start of its inputs' digest.</summary>
    public static bool IsRunId(string? id) => id is { Length: 16 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>"933/2016-17-Q2/{run id}/manifest.json": a run's own copy of the manifest it published, kept after later runs replace the one in force.</summary>
    public static string RunManifest(CouncilCode council, FinancialQuarter period, string runId) => Output(council, period, $"{runId}/{ManifestFile}");

    /// <summary>"dfe-review.pdf".</summary>
    public static string ReviewDocument(string audienceId) => audienceId + ReviewDocumentSuffix;

    /// <summary>The audience of a published file name ("dfe" for "dfe-review.pdf"), or null when it is not a review document.</summary>
    public static string? ReviewDocumentAudience(string file) =>
        file.EndsWith(ReviewDocumentSuffix, StringComparison.Ordinal) ? file[..^ReviewDocumentSuffix.Length] : null;

    private const string ReviewDocumentSuffix = "-review.pdf";

    /// <summary>"dfe-review.html": the same review as an HTML page.</summary>
    public static string HtmlReview(string audienceId) => audienceId + HtmlReviewSuffix;

    /// <summary>The audience of an HTML review's file name ("dfe" for "dfe-review.html"), or null when it is not one.</summary>
    public static string? HtmlReviewAudience(string file) =>
        file.EndsWith(HtmlReviewSuffix, StringComparison.Ordinal) ? file[..^HtmlReviewSuffix.Length] : null;

    private const string HtmlReviewSuffix = "-review.html";

    /// <summary>
    /// The tag a run's blobs get once a newer manifest no longer lists them: the storage account's
    /// lifecycle rule (infra/main.bicep) deletes only blobs carrying it, after a retention period.
    /// </summary>
    public static readonly (string Key, string Value) SupersededTag = ("reporting-run", "superseded");

    /// <summary>The metadata an upload carries: the name of the signed-in person who uploaded it (absent when nobody was signed in).</summary>
    public const string UploadedByMetadata = "uploadedby";

    /// <summary>The lock that makes a run a singleton per council and period.</summary>
    public static string RunLock(CouncilCode council, FinancialQuarter period) => $"{council}/{period}/.run-lock";
}
