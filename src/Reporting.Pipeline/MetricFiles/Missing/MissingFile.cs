using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles.Missing;

/// <summary>
/// Reads missing.csv: the SSDA903 missing table <c>CHILD,DOB,MISSING,MIS_START,MIS_END</c> with the
/// optional <c>COHORT</c> (CLA, CIN, CP, OTHER), <c>RHI_OFFERED</c> (Y/N) and <c>RHI_DATE</c>.
/// </summary>
public static class MissingFile
{
    public const string Name = "missing.csv";

    /// <summary>The columns the header row must have (also how an upload under another name is recognised).</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["CHILD", "MISSING", "MIS_START", "MIS_END"];
    private static readonly string[] Optional = ["DOB", "COHORT", "RHI_OFFERED", "RHI_DATE"];

    public static CodeList MissingTypes { get; } = new("M (missing) or A (away from placement without authorisation)", "M", "A");

    public static CodeList Cohorts { get; } = new("a cohort code", "CLA", "CIN", "CP", "OTHER");

    public static CodeList YesNo { get; } = new("Y or N", "Y", "N");

    /// <summary>The episodes, or null when the file cannot be used at all.</summary>
    public static MissingEpisodeTable? Read(InputFile input, FindingList findings)
    {
        var table = RecordCsv.Read(input, RequiredColumns, Optional, findings);
        if (table is null)
        {
            return null;
        }

        var episodes = new List<MissingEpisode>();
        // Repeated episodes (same child, same start): children are numbered as first seen, and each
        // (child, start) pair is one number in a set, so a file that gives one child many episodes
        // costs no more per row than one that gives each child one.
        var children = new IdentifierIndex(ignoreCase: false);
        var childStarts = new HashSet<long>();
        foreach (var row in table.Rows(findings))
        {
            var child = row.RequiredText("CHILD", sensitive: true);
            row.Date("DOB", required: false, sensitive: true);
            var type = row.Code("MISSING", MissingTypes, required: true);
            var start = row.Date("MIS_START", required: true);
            var end = row.Date("MIS_END", required: false);
            row.Code("COHORT", Cohorts, required: false);
            var offered = row.Code("RHI_OFFERED", YesNo, required: false);
            var held = row.Date("RHI_DATE", required: false);
            if (start is { } s && end is { } e && e < s)
            {
                row.Error("MIS_END", row.Text("MIS_END"), false, "is before MIS_START: an episode cannot end before it starts");
            }

            if (held is { } h && (end is null || h < end))
            {
                row.Error("RHI_DATE", row.Text("RHI_DATE"), false, end is null
                    ? "is set but the episode has no MIS_END: a return home interview follows the return"
                    : "is before MIS_END: a return home interview follows the child's return");
            }

            if (held is not null && offered == "N")
            {
                row.Warning("RHI_OFFERED", offered, false, "is N but RHI_DATE says an interview took place: the interview is counted as offered");
            }

            if (child is not null && start is { } first && !childStarts.Add(((long)children.NumberOf(child) << 32) | (uint)first.DayNumber))
            {
                row.Warning("MIS_START", null, false, "repeats an episode already listed for the same child and start date: check for a duplicated row (both are counted)");
            }

            if (row.Rejected || type is null || start is null)
            {
                continue;
            }

            // An interview that took place was offered, whatever RHI_OFFERED says (or leaves blank).
            bool? interviewOffered = held is not null ? true : offered is null ? null : offered == "Y";
            episodes.Add(new MissingEpisode(type == "M", start.Value, end, interviewOffered, held));
        }

        if (!table.HasUsableRows(findings))
        {
            return null;
        }

        return new MissingEpisodeTable(input.Name, episodes, table.HasColumn("RHI_OFFERED"), table.HasColumn("RHI_DATE"));
    }
}
