using System.Globalization;
using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles.Workforce;

/// <summary>
/// Reads csww.xml, the DfE Children's Social Work Workforce census XML: <c>Message</c> with
/// <c>LALevelVacancies</c> (NumberOfVacancies, NoAgencyFTE) and one <c>CSWWWorker</c> per worker
/// (AgencyWorker, SWENo, FTE, OrgRole, RoleStartDate, RoleEndDate, Cases30, StepUpGrad,
/// FrontlineGrad, FTE30). For a leaver (RoleEndDate set) the FTE at leaving is FTE30 when given,
/// else FTE. The census has no teams, so no team breakdown comes from it. SWENo and dates of
/// birth are never kept or echoed.
/// </summary>
public static class CswwFile
{
    public const string Name = "csww.xml";

    /// <summary>The roster and LA-level vacancies; the roster is null when the file cannot be used.</summary>
    public static (WorkforceRoster? Roster, VacancyCount? Vacancies) Read(InputFile input, FindingList findings)
    {
        var workers = new List<SocialWorker>();
        VacancyCount? vacancies = null;
        var anyStepUpOrFrontline = false;
        var ok = RecordXml.Read(input, "Message", ["CSWWWorker", "LALevelVacancies"], record =>
        {
            var element = record.Root;
            var fields = RecordXml.Fields(element, input.Name, findings);
            if (element.Name == "LALevelVacancies")
            {
                var count = fields.Number("NumberOfVacancies", required: true, min: 0m, max: 100_000m);
                fields.Number("NoAgencyFTE", required: false, min: 0m, max: 100_000m);
                if (count is { } fte)
                {
                    vacancies = new VacancyCount(input.Name, fte);
                }

                return;
            }

            anyStepUpOrFrontline |= element.Has("StepUpGrad") || element.Has("FrontlineGrad");
            if (ReadWorker(fields) is { } worker)
            {
                workers.Add(worker);
            }
        }, findings);

        if (!ok)
        {
            return (null, null);
        }

        if (vacancies is null)
        {
            findings.Add(new Finding(Severity.Warning, input.Name, "There is no LALevelVacancies/NumberOfVacancies: the vacancy rate needs it (or a vacancies.csv).", ElementPath: "/Message/LALevelVacancies"));
        }

        return (new WorkforceRoster(input.Name, workers, HasCases: true, HasStartDates: true, HasRoutes: anyStepUpOrFrontline, HasTeams: false), vacancies);
    }

    private static SocialWorker? ReadWorker(FieldReader fields)
    {
        var agency = fields.Code("AgencyWorker", WorkforceCodes.Flags, required: true);
        var roleCode = fields.Code("OrgRole", WorkforceCodes.OrgRoles, required: false);
        var fte = fields.Number("FTE", required: true, min: 0m, max: 1m);
        var fteAtLeaving = fields.Number("FTE30", required: false, min: 0m, max: 1m);
        var start = fields.Date("RoleStartDate", required: false);
        var end = fields.Date("RoleEndDate", required: false);
        var cases = fields.Number("Cases30", required: false, min: 0m, max: 1000m);
        var stepUp = fields.Code("StepUpGrad", WorkforceCodes.Flags, required: false);
        var frontline = fields.Code("FrontlineGrad", WorkforceCodes.Flags, required: false);
        if (start is { } s && end is { } e && e < s)
        {
            fields.Error("RoleEndDate", fields.Text("RoleEndDate"), false, "is before RoleStartDate: a worker cannot leave before starting");
        }

        if (cases is { } c && c != decimal.Truncate(c))
        {
            fields.Error("Cases30", fields.Text("Cases30"), false, "must be a whole number of cases");
        }

        var effectiveFte = end is not null && fteAtLeaving is > 0m ? fteAtLeaving.Value : fte ?? 0m;
        if (fte is not null && effectiveFte == 0m)
        {
            fields.Error("FTE", fields.Text("FTE"), false, end is null
                ? "is 0 for a worker in post: give the worker's FTE (more than 0, at most 1)"
                : "is 0 and there is no FTE30 for this leaver: give the FTE at leaving");
        }

        if (agency == "0" && roleCode is null && !fields.Rejected)
        {
            fields.Warning("OrgRole", null, false, "is missing for a permanent worker: the worker counts in the FTE figures but not as a manager");
        }

        if (fields.Rejected || agency is null)
        {
            return null;
        }

        var route = stepUp == "1" ? EntryRoute.StepUp : frontline == "1" ? EntryRoute.Frontline : EntryRoute.Unknown;
        var role = roleCode is null ? (OrgRole?)null : (OrgRole)int.Parse(roleCode, CultureInfo.InvariantCulture);
        return new SocialWorker("(census)", role, agency == "1", effectiveFte, start, end, cases is { } n ? (int)n : null, route);
    }
}
