using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles;
using Reporting.Pipeline.MetricFiles.RecordFields;
using Reporting.Pipeline.MetricFiles.Missing;
using static Reporting.Domain.Indicators.IndicatorCatalogue;

namespace Reporting.Pipeline.Aggregation;

/// <summary>
/// Priority 6 indicators from missing.csv. The cohort of every RHI indicator is the missing
/// (<c>M</c>) episodes that ended in the quarter; episodes away without authorisation (<c>A</c>) and
/// episodes still open are not counted. Without the RHI columns the RHI indicators are not available.
/// </summary>
public sealed class MissingSource : IRecordSource
{
    private static readonly string[] Indicators = [MissingEpisodes, ReturnInterviewOffered, ReturnInterviewHeld, ReturnInterviewWithin72Hours];

    public bool Reads(string relativeName) => relativeName.Equals(MissingFile.Name, StringComparison.OrdinalIgnoreCase);

    public SourceResult Read(QuarterFiles files)
    {
        if (files.Upload(MissingFile.Name) is not { } input)
        {
            return SourceResult.Nothing;
        }

        var findings = new FindingList();
        var episodes = MissingFile.Read(input, findings);
        var period = files.Period;
        var values = episodes is null
            ? [.. Indicators.Select(id => IndicatorValue.NotAvailable(id, period, $"{input.Name} could not be used (see its data-quality findings)", input.Name))]
            : Compute(episodes, period, findings);
        return new SourceResult(values, findings, []);
    }

    /// <summary>The four missing-episode indicators for a quarter.</summary>
    public static IReadOnlyList<IndicatorValue> Compute(MissingEpisodeTable file, FinancialQuarter period, FindingList? findings = null)
    {
        // One pass over the episodes: the cohort (missing episodes ended in the quarter) is counted, not copied.
        int future = 0, count = 0, offered = 0, held = 0, within72Hours = 0;
        foreach (var episode in file.Episodes)
        {
            if (episode.Start > period.End)
            {
                future++;
            }

            if (episode.Missing && episode.End is { } end && period.Dates.Contains(end))
            {
                count++;
                offered += episode.InterviewOffered == true ? 1 : 0;
                held += episode.InterviewDate is not null ? 1 : 0;
                within72Hours += episode.InterviewWithin72Hours ? 1 : 0;
            }
        }

        if (future > 0)
        {
            findings?.Add(Finding.Warning(file.File, $"{future} episode{(future == 1 ? " starts" : "s start")} after the quarter end ({period.End:dd/MM/yyyy}): not counted. Check MIS_START, or that the file is for {period.ShortLabel}."));
        }

        var source = file.File;
        return
        [
            IndicatorValue.Available(MissingEpisodes, period, count, source),
            file.HasOffered
                ? IndicatorValue.FromParts(Get(ReturnInterviewOffered), period, offered, count, source)
                : IndicatorValue.NotAvailable(ReturnInterviewOffered, period, $"{source} has no RHI_OFFERED column", source),
            file.HasInterviewDate
                ? IndicatorValue.FromParts(Get(ReturnInterviewHeld), period, held, count, source)
                : IndicatorValue.NotAvailable(ReturnInterviewHeld, period, $"{source} has no RHI_DATE column", source),
            file.HasInterviewDate
                ? IndicatorValue.FromParts(Get(ReturnInterviewWithin72Hours), period, within72Hours, count, source)
                : IndicatorValue.NotAvailable(ReturnInterviewWithin72Hours, period, $"{source} has no RHI_DATE column", source),
        ];
    }
}
