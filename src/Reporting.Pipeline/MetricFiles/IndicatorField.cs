using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// The columns measures.csv, targets.csv and benchmarks.csv share: <c>indicator</c> (an id from the
/// catalogue, with a "did you mean" for near misses) and <c>period</c> (a quarter written yyyy-yy-Qn).
/// </summary>
internal static class IndicatorField
{
    /// <summary>The catalogue definition named in the <c>indicator</c> column; null (and the row rejected) when blank or unknown.</summary>
    public static IndicatorDefinition? Read(FieldReader row)
    {
        var id = row.RequiredText("indicator");
        if (id is null)
        {
            return null;
        }

        if (IndicatorCatalogue.TryGet(id, out var definition))
        {
            return definition;
        }

        row.Error("indicator", id, false, $"is not an indicator in the catalogue{Suggestion(id)}: the documents' glossary lists every indicator id");
        return null;
    }

    /// <summary>The quarter in the <c>period</c> column; null when blank, or (with the row rejected) when it is not a quarter.</summary>
    public static FinancialQuarter? Period(FieldReader row)
    {
        if (row.Text("period") is not { } text)
        {
            return null;
        }

        var parsed = FinancialQuarter.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        row.Error("period", text, false, parsed.Error!.TrimEnd('.'));
        return null;
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
}
