using Reporting.Pipeline.MetricFiles;

namespace Reporting.Pipeline.Aggregation;

/// <summary>
/// A kind of record-level upload (workforce, SSDA903 tables, missing episodes, CIN census) that
/// yields catalogue indicators through DfE's definitions. Each source parses and validates its
/// own files and never throws for bad input: problems come back as findings, and indicators it
/// cannot compute come back as "not available" with the reason.
/// </summary>
public interface IRecordSource
{
    /// <summary>True for upload paths (relative to the quarter folder) this source reads, so the pipeline can flag files nobody reads.</summary>
    bool Reads(string relativeName);

    /// <summary>Parses this source's files and computes its indicators; returns nothing when none of its files were uploaded.</summary>
    SourceResult Read(QuarterFiles files);
}
