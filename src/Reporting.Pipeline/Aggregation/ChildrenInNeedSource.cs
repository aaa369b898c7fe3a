using Reporting.Domain.Calendar;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.MetricFiles.ChildrenInNeed;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Aggregation;

/// <summary>Priority 4 and 5 indicators from cin.xml (DfE Characteristics of children in need methodology).</summary>
public sealed class ChildrenInNeedSource : IRecordSource
{
    private static readonly string[] Indicators = [Referrals, ReReferrals, AssessmentsIn45Days, ConferencesIn15Days, RepeatProtectionPlans];

    public bool Reads(string relativeName) => relativeName.Equals(CinCensusFile.Name, StringComparison.OrdinalIgnoreCase);

    public SourceResult Read(QuarterFiles files)
    {
        if (files.Upload(CinCensusFile.Name) is not { } input)
        {
            return SourceResult.Nothing;
        }

        var findings = new FindingList();
        var counts = new CinCounts(files.Period);
        if (!CinCensusFile.Read(input, counts.Add, findings))
        {
            return new SourceResult(
                [.. Indicators.Select(id => IndicatorValue.NotAvailable(id, files.Period, $"{input.Name} could not be used (see its data-quality findings)", input.Name))],
                findings,
                []);
        }

        if (counts.OutsideCalendar > 0)
        {
            findings.Add(Finding.Warning(input.Name,
                $"{counts.OutsideCalendar} assessment(s) or conference(s) in the quarter have a start or end date outside {EnglandWorkingDays.FirstYear}–{EnglandWorkingDays.LastYear}, the years the working-day calendar covers: they are left out of the timeliness figures."));
        }

        return new SourceResult(counts.Indicators(input.Name), findings, []);
    }
}
