using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles.Workforce;

/// <summary>
/// Reads workforce.csv: <c>worker_id,team,role,employment,fte,start_date,end_date,cases,route</c>,
/// one row per social worker in post at the quarter end and per worker who left in the 12 months
/// before it. Worker ids are checked for duplicates but never kept or echoed.
/// </summary>
public static class WorkforceFile
{
    public const string Name = "workforce.csv";

    /// <summary>The longest team name the documents show in full.</summary>
    public const int MaxTeamName = 60;

    /// <summary>The columns the header row must have (also how an upload under another name is recognised).</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["worker_id", "team", "role", "employment", "fte"];
    private static readonly string[] Optional = ["start_date", "end_date", "cases", "route"];

    /// <summary>The roster, or null when the file cannot be used at all (the findings say why).</summary>
    public static WorkforceRoster? Read(InputFile input, FindingList findings)
    {
        var table = RecordCsv.Read(input, RequiredColumns, Optional, findings);
        if (table is null)
        {
            return null;
        }

        var workers = new List<SocialWorker>();
        var inPost = new IdentifierIndex();
        var teams = new HashSet<string>(StringComparer.Ordinal); // a council has tens of teams and may list a million rows: one string per team
        foreach (var row in table.Rows(findings))
        {
            var id = row.RequiredText("worker_id", sensitive: true);
            var team = row.Text("team") ?? "(no team)";
            if (team.Length > MaxTeamName)
            {
                row.Warning("team", team, false, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"is longer than the {MaxTeamName} characters a team name may have: the documents show its first {MaxTeamName}"));
                team = team[..MaxTeamName] + "…";
            }

            if (teams.TryGetValue(team, out var known))
            {
                team = known;
            }
            else
            {
                teams.Add(team);
            }

            var role = ReadRole(row);
            var employment = row.Code("employment", WorkforceCodes.Employment, required: true);
            var fte = row.Number("fte", required: true, min: 0m, max: 1m, minExclusive: true);
            var start = row.Date("start_date", required: false);
            var end = row.Date("end_date", required: false);
            var cases = row.Number("cases", required: false, min: 0m, max: 1000m);
            var route = row.Code("route", WorkforceCodes.Routes, required: false);
            if (cases is { } count && count != decimal.Truncate(count))
            {
                row.Error("cases", row.Text("cases"), false, "must be a whole number of cases");
            }

            if (start is { } s && end is { } e && e < s)
            {
                row.Error("end_date", row.Text("end_date"), false, "is before start_date: a worker cannot leave before starting");
            }

            if (id is not null && end is null && !inPost.Add(id))
            {
                row.Warning("worker_id", null, true, "appears on more than one row for a worker in post: each post holder should be listed once, so check for a duplicated row");
            }

            if (row.Rejected || fte is null || employment is null)
            {
                continue;
            }

            workers.Add(new SocialWorker(team, role, employment == "agency", fte.Value, start, end, cases is { } c ? (int)c : null, WorkforceCodes.Route(route)));
        }

        if (!table.HasUsableRows(findings))
        {
            return null;
        }

        return new WorkforceRoster(input.Name, workers, table.HasColumn("cases"), table.HasColumn("start_date"), table.HasColumn("route"), true);
    }

    private static OrgRole? ReadRole(FieldReader row)
    {
        var text = row.Text("role");
        if (text is null)
        {
            row.Error("role", null, false, $"is empty: it {WorkforceCodes.OrgRoles.Rule} or its name (case holder, first line manager, ...)");
            return null;
        }

        if (WorkforceCodes.OrgRoles.Contains(text))
        {
            return (OrgRole)int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (WorkforceCodes.RoleNames.TryGetValue(text, out var named))
        {
            return named;
        }

        row.Error("role", text, false, $"is not a known role: it {WorkforceCodes.OrgRoles.Rule} or its name ({string.Join(", ", WorkforceCodes.RoleNames.Keys)})");
        return null;
    }
}
