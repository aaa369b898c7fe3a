using System.Globalization;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// <c>measures.csv</c>: pre-aggregated indicator values, <c>indicator,period,value,numerator,denominator,note</c>.
/// <c>period</c> defaults to the folder's quarter; rows for earlier quarters backfill history.
/// When numerator and denominator are given they must agree with the value (within the
/// rounding of the value as written). Unknown indicator ids are errors.
/// </summary>
public static class MeasuresFile
{
    public const string FileName = "measures.csv";

    /// <summary>The columns the header row must have (also how an upload under another name is recognised).</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["indicator"];

    /// <summary>Reads the rows that can be used; every problem becomes a finding (condensed when it repeats).</summary>
    public static IReadOnlyList<MeasureRow> Read(InputFile file, FinancialQuarter folderPeriod, FindingList findings)
    {
        var values = new List<MeasureRow>();
        if (RecordCsv.Read(file, RequiredColumns, ["period", "value", "numerator", "denominator", "note"], findings, aboutPeople: false) is { } table)
        {
            var seen = new Dictionary<(string, FinancialQuarter), int>();
            foreach (var row in table.Rows(findings))
            {
                var number = row.Row!.Value;
                if (ReadRow(row, folderPeriod) is not { } value)
                {
                    continue;
                }

                if (seen.TryGetValue((value.IndicatorId, value.Period), out var firstRow))
                {
                    row.Error("indicator", value.IndicatorId, false, string.Create(CultureInfo.InvariantCulture, $"for {value.Period} is already given in row {firstRow}: keep one row per indicator and quarter"));
                    continue;
                }

                seen.Add((value.IndicatorId, value.Period), number);
                values.Add(new MeasureRow(value, row.File, number));
            }

            table.HasUsableRows(findings);
        }

        return values;
    }

    private static IndicatorValue? ReadRow(FieldReader row, FinancialQuarter folderPeriod)
    {
        var definition = IndicatorField.Read(row);
        var period = IndicatorField.Period(row) ?? folderPeriod;
        if (period > folderPeriod)
        {
            row.Error("period", row.Text("period"), false, $"is after this folder's quarter ({folderPeriod}): upload it with that quarter's files instead");
        }

        var value = row.Number("value", required: false);
        var numerator = row.Number("numerator", required: false);
        var denominator = row.Number("denominator", required: false);
        if (definition is null || row.Rejected)
        {
            return null;
        }

        return Combine(row, definition, period, value, numerator, denominator);
    }

    private static IndicatorValue? Combine(FieldReader row, IndicatorDefinition definition, FinancialQuarter period, decimal? value, decimal? numerator, decimal? denominator)
    {
        var source = string.Create(CultureInfo.InvariantCulture, $"{row.File} row {row.Row}");
        if (numerator.HasValue != denominator.HasValue)
        {
            row.Warning(numerator.HasValue ? "numerator" : "denominator", null, false, "is given alone: give both numerator and denominator, or neither; the one given is ignored");
            numerator = denominator = null;
        }

        if (numerator is { } n && denominator is { } d)
        {
            if (!PartsAreValid(row, definition, n, d))
            {
                return null;
            }

            var implied = definition.FromParts(n, d)!.Value;
            if (value is { } given && Math.Abs(given - implied) > HalfUnitOfLastDigit(row.Text("value")!))
            {
                row.Error("value", row.Text("value"), false, $"does not agree with numerator ÷ denominator ({n.ToString(CultureInfo.InvariantCulture)} ÷ {d.ToString(CultureInfo.InvariantCulture)} gives {definition.Format(implied)}): correct whichever is wrong");
                return null;
            }

            value ??= implied;
        }

        if (value is not { } figure)
        {
            row.Error("value", null, false, "is blank and there is no numerator and denominator to work it out from");
            return null;
        }

        if (RangeProblem(definition, figure) is { } problem)
        {
            row.Error("value", row.Text("value"), false, problem);
            return null;
        }

        return IndicatorValue.Available(definition.Id, period, figure, source, numerator, denominator);
    }

    private static bool PartsAreValid(FieldReader row, IndicatorDefinition definition, decimal numerator, decimal denominator)
    {
        string? problem = null;
        if (numerator < 0 || denominator < 0)
        {
            problem = "or the numerator is negative: neither can be";
        }
        else if (denominator == 0)
        {
            problem = "is zero, so there is no rate to report: leave the row out, or give the value alone if it is known";
        }
        else if (definition.Unit == IndicatorUnit.Percent && numerator > denominator)
        {
            problem = "is smaller than the numerator: for a percentage the numerator cannot be larger than the denominator";
        }

        if (problem is not null)
        {
            row.Error("denominator", row.Text("denominator"), false, problem);
        }

        return problem is null;
    }

    private static string? RangeProblem(IndicatorDefinition definition, decimal value) => definition.Unit switch
    {
        IndicatorUnit.Percent when value is < 0 or > 100 => "is a percentage, so it must be between 0 and 100 (write 37.5 for 37.5%, not 0.375)",
        IndicatorUnit.Count when value < 0 || value != decimal.Truncate(value) => "is a count, so it must be a whole number of 0 or more",
        _ when value < 0 => "cannot be negative",
        _ => null,
    };

    /// <summary>"37" tolerates ±0.5, "37.2" ±0.05: a value written with fewer decimals still agrees with its parts.</summary>
    private static decimal HalfUnitOfLastDigit(string text)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        return 0.5m / (decimal)Math.Pow(10, decimals) + 0.000001m;
    }
}
