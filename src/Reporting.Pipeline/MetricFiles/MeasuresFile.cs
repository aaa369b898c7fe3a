using System.Globalization;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;

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

    private static readonly CsvColumn[] Columns =
    [
        new("indicator", Required: true),
        new("period"),
        new("value"),
        new("numerator"),
        new("denominator"),
        new("note"),
    ];

    /// <summary>Reads the rows that can be used; every problem becomes a finding.</summary>
    public static IReadOnlyList<MeasureRow> Read(InputFile file, FinancialQuarter folderPeriod, FindingList findings)
    {
        var table = CsvTable.Read(file, Columns, findings);
        var values = new List<MeasureRow>();
        var seen = new Dictionary<(string, FinancialQuarter), int>();
        foreach (var row in table.Rows)
        {
            if (ReadRow(row, folderPeriod, findings) is not { } value)
            {
                continue;
            }

            if (seen.TryGetValue((value.IndicatorId, value.Period), out var firstRow))
            {
                findings.Add(Finding.Error(row.FileName, $"{value.IndicatorId} for {value.Period} is already given in row {firstRow.ToString(CultureInfo.InvariantCulture)}; this row is not used. Keep one row per indicator and quarter.", row.Number, "indicator", value.IndicatorId));
                continue;
            }

            seen.Add((value.IndicatorId, value.Period), row.Number);
            values.Add(new MeasureRow(value, row.FileName, row.Number));
        }

        return values;
    }

    private static IndicatorValue? ReadRow(CsvRow row, FinancialQuarter folderPeriod, FindingList findings)
    {
        var errorsBefore = findings.ErrorCount;
        var id = row.RequiredText("indicator", findings);
        IndicatorDefinition? definition = null;
        if (id is not null && !IndicatorCatalogue.TryGet(id, out definition))
        {
            findings.Add(Finding.Error(row.FileName, $"'{Short(id)}' is not an indicator in the catalogue{Suggestion(id)}; the row is not used. The documents' glossary lists every indicator id.", row.Number, "indicator", Short(id)));
        }

        var period = ReadPeriod(row, folderPeriod, findings);
        var value = row.Decimal("value", findings);
        var numerator = row.Decimal("numerator", findings);
        var denominator = row.Decimal("denominator", findings);
        if (definition is null || period is null || findings.ErrorCount > errorsBefore)
        {
            return null;
        }

        return Combine(row, definition, period.Value, value, numerator, denominator, findings);
    }

    private static FinancialQuarter? ReadPeriod(CsvRow row, FinancialQuarter folderPeriod, FindingList findings)
    {
        var text = row.Text("period");
        if (text is null)
        {
            return folderPeriod;
        }

        var parsed = FinancialQuarter.Parse(text);
        if (!parsed.Success)
        {
            findings.Add(Finding.Error(row.FileName, parsed.Error!, row.Number, "period", Short(text)));
            return null;
        }

        if (parsed.Value > folderPeriod)
        {
            findings.Add(Finding.Error(row.FileName, $"The period is after this folder's quarter ({folderPeriod}); upload it with that quarter's files instead.", row.Number, "period", text));
            return null;
        }

        return parsed.Value;
    }

    private static IndicatorValue? Combine(CsvRow row, IndicatorDefinition definition, FinancialQuarter period, decimal? value, decimal? numerator, decimal? denominator, FindingList findings)
    {
        var source = $"{row.FileName} row {row.Number.ToString(CultureInfo.InvariantCulture)}";
        if (numerator.HasValue != denominator.HasValue)
        {
            findings.Add(Finding.Warning(row.FileName, "Give both numerator and denominator, or neither; the one given is ignored.", row.Number, numerator.HasValue ? "numerator" : "denominator"));
            numerator = denominator = null;
        }

        if (numerator is { } n && denominator is { } d)
        {
            if (!PartsAreValid(row, definition, n, d, findings))
            {
                return null;
            }

            var implied = definition.FromParts(n, d)!.Value;
            if (value is { } given && Math.Abs(given - implied) > HalfUnitOfLastDigit(row.Text("value")!))
            {
                findings.Add(Finding.Error(row.FileName, $"The value does not agree with numerator ÷ denominator ({n.ToString(CultureInfo.InvariantCulture)} ÷ {d.ToString(CultureInfo.InvariantCulture)} gives {definition.Format(implied)}). Correct whichever is wrong; the row is not used.", row.Number, "value", given.ToString(CultureInfo.InvariantCulture)));
                return null;
            }

            value ??= implied;
        }

        if (value is not { } figure)
        {
            findings.Add(Finding.Error(row.FileName, "The value is blank and there is no numerator and denominator to work it out from; the row is not used.", row.Number, "value"));
            return null;
        }

        if (RangeProblem(definition, figure) is { } problem)
        {
            findings.Add(Finding.Error(row.FileName, problem, row.Number, "value", figure.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        return IndicatorValue.Available(definition.Id, period, figure, source, numerator, denominator);
    }

    private static bool PartsAreValid(CsvRow row, IndicatorDefinition definition, decimal numerator, decimal denominator, FindingList findings)
    {
        string? problem = null;
        if (numerator < 0 || denominator < 0)
        {
            problem = "Numerator and denominator cannot be negative.";
        }
        else if (denominator == 0)
        {
            problem = "The denominator is zero, so there is no rate to report. Leave the row out, or give the value alone if it is known.";
        }
        else if (definition.Unit == IndicatorUnit.Percent && numerator > denominator)
        {
            problem = "For a percentage the numerator cannot be larger than the denominator.";
        }

        if (problem is not null)
        {
            findings.Add(Finding.Error(row.FileName, problem + " The row is not used.", row.Number, "denominator", denominator.ToString(CultureInfo.InvariantCulture)));
        }

        return problem is null;
    }

    private static string? RangeProblem(IndicatorDefinition definition, decimal value) => definition.Unit switch
    {
        IndicatorUnit.Percent when value is < 0 or > 100 => "A percentage must be between 0 and 100 (write 37.5 for 37.5%, not 0.375). The row is not used.",
        IndicatorUnit.Count when value < 0 || value != decimal.Truncate(value) => "A count must be a whole number of 0 or more. The row is not used.",
        _ when value < 0 => "The value cannot be negative. The row is not used.",
        _ => null,
    };

    /// <summary>"37" tolerates ±0.5, "37.2" ±0.05: a value written with fewer decimals still agrees with its parts.</summary>
    private static decimal HalfUnitOfLastDigit(string text)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        return 0.5m / (decimal)Math.Pow(10, decimals) + 0.000001m;
    }

    private static string Suggestion(string id)
    {
        var closest = IndicatorCatalogue.All
            .Select(d => (d.Id, Distance: EditDistance(id.ToLowerInvariant(), d.Id)))
            .MinBy(x => x.Distance);
        return closest.Distance <= 3 ? $" (did you mean '{closest.Id}'?)" : string.Empty;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>A usable row of measures.csv: its value and where it was written, for findings that point back to it.</summary>
public sealed record MeasureRow(IndicatorValue Value, string File, int Row);
