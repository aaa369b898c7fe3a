using System.Globalization;
using System.Text;
using Reporting.Domain.Councils;
using Reporting.Pipeline.MetricFiles.ChildrenInNeed;
using Reporting.Pipeline.MetricFiles.LookedAfter;
using Reporting.Pipeline.MetricFiles.Missing;
using Reporting.Pipeline.MetricFiles.Workforce;
using Reporting.Pipeline.Storage;

namespace Reporting.SampleData.RecordLevel;

/// <summary>
/// The record-level uploads of each sample quarter — workforce.csv, vacancies.csv, the SSDA903
/// tables, missing.csv with RHI columns and cin.xml — built so that DfE's formulas, applied by the
/// pipeline's record sources, give back the figures of <see cref="SampleArc"/> (to the indicator's
/// rounding). Every identifier, date of birth and name in them is synthetic. Deterministic: the same
/// call always gives the same bytes.
/// </summary>
public static class RecordLevelFiles
{
    /// <summary>The record-level files of one sample quarter (by its index in <see cref="SampleArc.Quarters"/>).</summary>
    public static IReadOnlyList<SampleFile> For(CouncilCode council, int quarterIndex)
    {
        var period = SampleArc.Quarters[quarterIndex];
        var folder = StoreLayout.QuarterInputs(council, period);
        var workforce = WorkforceSample.Build(quarterIndex);
        var lookedAfter = LookedAfterSample.Build(quarterIndex);
        return
        [
            File(folder + WorkforceFile.Name, workforce.Roster),
            File(folder + VacanciesFile.Name, workforce.Vacancies),
            File(folder + Ssda903Files.Episodes, lookedAfter.Episodes),
            File(folder + Ssda903Files.Header, lookedAfter.Header),
            File(folder + Ssda903Files.HealthOutcomes, lookedAfter.HealthOutcomes),
            File(folder + Ssda903Files.CareLeaverOutcomes, lookedAfter.CareLeavers),
            File(folder + MissingFile.Name, MissingSample.Build(quarterIndex)),
            File(folder + CinCensusFile.Name, ChildrenInNeedSample.Build(quarterIndex)),
        ];
    }

    /// <summary>The figure of an arc series for a quarter, with the numerator and denominator that give it.</summary>
    internal static (decimal Value, int Numerator, int Denominator) Cohort(string indicatorId, int quarterIndex)
    {
        var (value, numerator, denominator) = SampleArc.Figure(SampleArc.All.Single(s => s.IndicatorId == indicatorId), quarterIndex);
        return (value, numerator ?? throw new InvalidOperationException($"{indicatorId} has no cohort in the arc."), denominator!.Value);
    }

    /// <summary>The figure of an arc series for a quarter.</summary>
    internal static decimal Value(string indicatorId, int quarterIndex) =>
        SampleArc.Figure(SampleArc.All.Single(s => s.IndicatorId == indicatorId), quarterIndex).Value;

    /// <summary>dd/mm/yyyy, as DfE CSV extracts write dates.</summary>
    internal static string Dmy(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static StringBuilder Line(this StringBuilder text, params object?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(fields[i] switch
            {
                null => string.Empty,
                DateOnly date => Dmy(date),
                decimal number => Number(number),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString(),
            });
        }

        return text.Append('\n');
    }

    private static SampleFile File(string name, string text) => new(StoreLayout.MetricsContainer, name, Encoding.UTF8.GetBytes(text));
}
