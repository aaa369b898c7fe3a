using Reporting.Pipeline.Composition;

namespace Reporting.Web.Reviews;

/// <summary>
/// Where a published HTML review links to, given by the host that serves it: the pages' static
/// files, the pages' home, and the review's own PDF. The review holds no route of its own, so the
/// published HTML links only where its host says.
/// </summary>
public interface IReviewLinks
{
    /// <summary>The path under which the pages' static files (CSS, script, images) are served, without a trailing slash.</summary>
    string AssetBase { get; }

    /// <summary>The pages' home: the councils and quarters.</summary>
    string HomeUrl { get; }

    /// <summary>Where the PDF of <paramref name="report"/> (its audience, as its run published it) is downloaded.</summary>
    string PdfUrl(ReportModel report);
}
