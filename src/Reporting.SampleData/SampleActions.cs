using System.Globalization;
using System.Text;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.SampleData;

/// <summary>
/// The sample council's actions.csv: from the plan's second year, the actions it records for the
/// measures that are off target, each with an owner, a due date a quarter or two ahead and where
/// it stands. One off-target measure (return home interviews offered) deliberately has none, as happens, so the
/// documents' flag for a red or amber measure without an action can be seen.
/// </summary>
internal static class SampleActions
{
    private sealed record Plan(string IndicatorId, string Action, string Owner, int QuartersToDue);

    private static readonly Plan[] Plans =
    [
        new(PermanentPercent, "Convert agency posts to permanent through the recruitment and retention offer", "Head of workforce development", 2),
        new(AgencyRate, "Cap agency rates and end agency contracts as permanent starters arrive", "Head of workforce development", 2),
        new(ReturnInterviewWithin72Hours, "Commission a dedicated return home interview service with weekend cover", "Service manager, missing and exploited children", 1),
        new(ReturnInterviewHeld, "Track every episode without an interview at the daily missing meeting", "Service manager, missing and exploited children", 1),
        new(PlacedOver20Miles, "Recruit local foster carers through the sufficiency strategy", "Head of corporate parenting", 3),
        new("audit-good-pct", "Practice weeks and manager audit training for every team", "Principal social worker", 2),
        new(CareLeaversEet, "Apprenticeships ring-fenced for care leavers across the council", "Head of leaving care", 3),
        new("pep-good-pct", "Virtual school quality assurance of every PEP", "Virtual school head", 1),
        new("adoption-days-avg", "Early permanence: place children with carers approved to foster and adopt", "Head of adoption", 2),
    ];

    /// <summary>The quarter's actions.csv, or null before the plan's second year.</summary>
    public static string? For(int index)
    {
        if (index < 4)
        {
            return null;
        }

        var period = SampleArc.Quarters[index];
        var csv = new StringBuilder("indicator,action,owner,due_date,status\n");
        foreach (var plan in Plans)
        {
            var due = period.Plus(plan.QuartersToDue).End;
            var status = plan.QuartersToDue == 1 ? "in progress" : index % 2 == 0 ? "in progress" : "not started";
            csv.Append(CultureInfo.InvariantCulture, $"{plan.IndicatorId},\"{plan.Action}\",\"{plan.Owner}\",{due:dd/MM/yyyy},{status}\n");
        }

        return csv.ToString();
    }
}
