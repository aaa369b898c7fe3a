namespace Reporting.Pipeline.MetricFiles.Workforce;

/// <summary>
/// A parsed workforce upload (workforce.csv or csww.xml). <see cref="HasCases"/>,
/// <see cref="HasStartDates"/> and <see cref="HasRoutes"/> say whether the columns the
/// caseload, starter and route indicators need were supplied at all.
/// </summary>
public sealed record WorkforceRoster(string File, IReadOnlyList<SocialWorker> Workers, bool HasCases, bool HasStartDates, bool HasRoutes, bool HasTeams);
