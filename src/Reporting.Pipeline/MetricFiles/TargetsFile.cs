using Reporting.Domain.Comparison;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Domain.Periods;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// <c>config/targets.csv</c>: <c>indicator,period,target[,trajectory_note][,tolerance]</c>.
/// A blank period sets a standing target for every quarter; a row for a quarter overrides it.
/// <c>tolerance</c> is the fraction of the target within which a miss is amber (default 0.10).
/// </summary>
public static class TargetsFile
{
    public const string FileName = "targets.csv";

    private static readonly CsvColumn[] Columns =
    [
        new("indicator", Required: true),
        new("period"),
        new("target", Required: true),
        new("trajectory_note"),
        new("tolerance"),
    ];

    /// <summary>Reads every usable target row; problems become findings.</summary>
    public static TargetBook Read(InputFile file, FindingList findings)
    {
        var table = CsvTable.Read(file, Columns, findings);
        var standing = new Dictionary<string, Target>(StringComparer.Ordinal);
        var byQuarter = new Dictionary<(string, FinancialQuarter), Target>();
        foreach (var row in table.Rows)
        {
            var errorsBefore = findings.ErrorCount;
            var definition = ConfigRows.Indicator(row, findings);
            var periodText = row.Text("period");
            var period = periodText is null ? (FinancialQuarter?)null : ConfigRows.Period(row, periodText, findings);
            var value = row.Decimal("target", findings, required: true);
            var tolerance = row.Decimal("tolerance", findings);
            if (tolerance is < 0 or > 1)
            {
                findings.Add(Finding.Error(row.FileName, "The tolerance is a fraction of the target between 0 and 1 (0.1 means a miss of up to 10% is amber).", row.Number, "tolerance", tolerance.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (definition is null || value is null || findings.ErrorCount > errorsBefore)
            {
                continue;
            }

            var target = new Target(definition.Id, period ?? default, value.Value, row.Text("trajectory_note"), tolerance);
            var added = period is { } quarter ? byQuarter.TryAdd((definition.Id, quarter), target) : standing.TryAdd(definition.Id, target);
            if (!added)
            {
                findings.Add(Finding.Warning(row.FileName, $"A target for {definition.Id} {(period is null ? "(standing)" : "for " + period)} is already given above; this row is ignored.", row.Number, "indicator", definition.Id));
            }
        }

        return new TargetBook(standing, byQuarter);
    }
}

/// <summary>The council's targets: standing targets and per-quarter ones, which win.</summary>
public sealed class TargetBook(IReadOnlyDictionary<string, Target> standing, IReadOnlyDictionary<(string, FinancialQuarter), Target> byQuarter)
{
    public static TargetBook Empty { get; } = new(new Dictionary<string, Target>(), new Dictionary<(string, FinancialQuarter), Target>());

    /// <summary>The target for an indicator in a quarter, or null when none is set.</summary>
    public Target? For(string indicatorId, FinancialQuarter period) =>
        byQuarter.TryGetValue((indicatorId, period), out var exact) ? exact
        : standing.TryGetValue(indicatorId, out var always) ? always with { Period = period }
        : null;
}

/// <summary>Column readers shared by the config files.</summary>
internal static class ConfigRows
{
    public static IndicatorDefinition? Indicator(CsvRow row, FindingList findings)
    {
        var id = row.RequiredText("indicator", findings);
        if (id is null)
        {
            return null;
        }

        if (IndicatorCatalogue.TryGet(id, out var definition))
        {
            return definition;
        }

        findings.Add(Finding.Error(row.FileName, $"'{id}' is not an indicator in the catalogue; the row is not used.", row.Number, "indicator", id.Length <= 40 ? id : id[..40]));
        return null;
    }

    public static FinancialQuarter? Period(CsvRow row, string text, FindingList findings)
    {
        var parsed = FinancialQuarter.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        findings.Add(Finding.Error(row.FileName, parsed.Error!, row.Number, "period"));
        return null;
    }
}
