namespace Reporting.Pipeline.MetricFiles.Workforce;

/// <summary>Vacant social worker FTE at the quarter end, from vacancies.csv (all teams) or the CSWW <c>LALevelVacancies</c>.</summary>
public sealed record VacancyCount(string File, decimal VacancyFte);
