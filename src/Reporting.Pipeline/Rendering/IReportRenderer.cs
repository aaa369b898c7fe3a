using Reporting.Pipeline.Composition;

namespace Reporting.Pipeline.Rendering;

/// <summary>
/// Turns a composed report into a document. Implementations are deterministic (the same model
/// gives the same bytes) and thread-safe.
/// </summary>
public interface IReportRenderer
{
    /// <summary>The media type, e.g. "application/pdf".</summary>
    string ContentType { get; }

    byte[] Render(ReportModel report);
}
