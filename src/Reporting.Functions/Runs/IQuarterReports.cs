using Reporting.Domain.Councils;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;

namespace Reporting.Functions.Runs;

/// <summary>
/// What the timer and HTTP functions ask of the pipeline, in the handler's terms. Implemented
/// over the pipeline's <c>ReportRun</c> and the store; a fake stands in for it in route tests.
/// Every council and period given has already been validated.
/// </summary>
public interface IQuarterReports
{
    /// <summary>Where the reports live, for logs ("blob http://…", "folder ./store").</summary>
    string StoreDescription { get; }

    /// <summary>Runs the pipeline for one council and quarter (all audiences when none are named).</summary>
    Task<RunSummary> RunAsync(CouncilCode council, FinancialQuarter period, IReadOnlyList<string> audiences, bool force, CancellationToken cancellationToken);

    /// <summary>A file the manifest in force lists ("manifest.json", "dfe-review.pdf", "indicators.csv"), or null when not published.</summary>
    Task<PublishedFile?> GetPublishedAsync(CouncilCode council, FinancialQuarter period, string file, CancellationToken cancellationToken);

    /// <summary>What is uploaded, what is published and what the last run found.</summary>
    Task<QuarterStatus> GetStatusAsync(CouncilCode council, FinancialQuarter period, CancellationToken cancellationToken);

    /// <summary>Validates one file as if uploaded to the quarter's folder, without storing it.</summary>
    Task<UploadCheck> ValidateAsync(CouncilCode council, FinancialQuarter period, string fileName, byte[] content, CancellationToken cancellationToken);

    /// <summary>The councils that have a folder in the metrics container: what the quarterly timer runs.</summary>
    Task<IReadOnlyList<CouncilCode>> ListCouncilsAsync(CancellationToken cancellationToken);
}

/// <summary>How a run ended, as the handler reports it.</summary>
public enum RunStatus
{
    Published,
    Unchanged,
    AlreadyRunning,
    NoInputs,
    InvalidRequest,
}

/// <summary>A run's outcome: status, a sentence for people, the run id and documents in force, and the input findings counted.</summary>
public sealed record RunSummary(RunStatus Status, string Message, string? RunId = null, IReadOnlyList<string>? Documents = null, int Errors = 0, int Warnings = 0)
{
    public bool Succeeded => Status is RunStatus.Published or RunStatus.Unchanged;
}

/// <summary>A published file's bytes, media type and digest (used as the HTTP ETag).</summary>
public sealed record PublishedFile(byte[] Content, string ContentType, string Sha256);

/// <summary>A quarter at a glance; <paramref name="RunInProgress"/> is true while any instance holds the quarter's run lease.</summary>
public sealed record QuarterStatus(IReadOnlyList<UploadedInput> Inputs, PublishedRun? Published, IReadOnlyList<Finding> Findings, bool RunInProgress = false);

/// <summary>An uploaded file: name within the council's folder and size in bytes.</summary>
public sealed record UploadedInput(string Name, long Length);

/// <summary>The publication in force: run id, when it finished, its files, and the input findings counted.</summary>
public sealed record PublishedRun(string RunId, DateTimeOffset FinishedAt, IReadOnlyList<string> Files, int Errors, int Warnings);

/// <summary>A validated upload: usable when it has no errors; the findings say what to fix.</summary>
public sealed record UploadCheck(bool Usable, IReadOnlyList<Finding> Findings);
