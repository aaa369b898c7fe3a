using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles.Workforce;

/// <summary>Reads vacancies.csv: <c>team,vacancy_fte,agency_cover_fte</c>, vacant social worker posts at the quarter end.</summary>
public static class VacanciesFile
{
    public const string Name = "vacancies.csv";

    private static readonly string[] Required = ["team", "vacancy_fte"];
    private static readonly string[] Optional = ["agency_cover_fte"];

    /// <summary>The vacancies, or null when the file cannot be used at all.</summary>
    public static VacancyCount? Read(InputFile input, FindingList findings)
    {
        var table = RecordCsv.Read(input, Required, Optional, findings);
        if (table is null)
        {
            return null;
        }

        var byTeam = new List<(string, decimal)>();
        decimal total = 0m, cover = 0m;
        foreach (var row in table.Rows(findings))
        {
            var team = row.Text("team") ?? "(no team)";
            var vacancies = row.Number("vacancy_fte", required: true, min: 0m);
            var agency = row.Number("agency_cover_fte", required: false, min: 0m);
            if (row.Rejected || vacancies is null)
            {
                continue;
            }

            total += vacancies.Value;
            cover += agency ?? 0m;
            byTeam.Add((team, vacancies.Value));
        }

        return new VacancyCount(input.Name, total, table.HasColumn("agency_cover_fte") ? cover : null, byTeam);
    }
}
