using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles.Workforce;

/// <summary>
/// Reads vacancies.csv: <c>team,vacancy_fte,agency_cover_fte</c>, vacant social worker posts at the
/// quarter end. The vacancy rate needs only the total; agency_cover_fte is checked but not used
/// (agency workers are counted from the roster).
/// </summary>
public static class VacanciesFile
{
    public const string Name = "vacancies.csv";

    /// <summary>The columns the header row must have (also how an upload under another name is recognised).</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["team", "vacancy_fte"];
    private static readonly string[] Optional = ["agency_cover_fte"];

    /// <summary>The vacancies, or null when the file cannot be used at all.</summary>
    public static VacancyCount? Read(InputFile input, FindingList findings)
    {
        var table = RecordCsv.Read(input, RequiredColumns, Optional, findings, aboutPeople: false);
        if (table is null)
        {
            return null;
        }

        var total = 0m;
        foreach (var row in table.Rows(findings))
        {
            var vacancies = row.Number("vacancy_fte", required: true, min: 0m, max: 10_000m);
            row.Number("agency_cover_fte", required: false, min: 0m, max: 10_000m);
            if (!row.Rejected && vacancies is not null)
            {
                total += vacancies.Value;
            }
        }

        return table.HasUsableRows(findings) ? new VacancyCount(input.Name, total) : null;
    }
}
