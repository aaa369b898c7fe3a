using Reporting.Pipeline.MetricFiles;

namespace Reporting.Web.Pages;

/// <summary>
/// One file's check as the pages show it: what it was read as (null when neither its name nor its
/// header says), the name shown (the data contract's, with <c>config/</c> for a config file; the
/// name it came with when not recognised), and its findings under <c>anchor</c>.
/// </summary>
public sealed record FileCheckRow(RecognisedUpload? ReadAs, string Name, FileFindings Findings)
{
    /// <summary>The row for the file <paramref name="name"/> checked as <paramref name="check"/>, its findings linked from <paramref name="anchor"/>.</summary>
    public static FileCheckRow From(string name, UploadCheckResult check, string anchor)
    {
        var readAs = check.ReadAs is { } r ? (r.IsConfig ? "config/" : string.Empty) + r.Name : null;
        return new FileCheckRow(check.ReadAs, readAs ?? name, new FileFindings(readAs ?? name, anchor, check.Findings));
    }
}
