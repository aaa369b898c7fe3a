using Reporting.Domain.Comparison;
using Reporting.Domain.Findings;
using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// <c>config/targets.csv</c>: <c>indicator,period,target[,trajectory_note][,tolerance]</c>.
/// A blank period sets a standing target for every quarter; a row for a quarter overrides it.
/// <c>tolerance</c> is the fraction of the target within which a miss is amber (default 0.10).
/// A target is never negative: every indicator is a count, a rate, a percentage or a number of days.
/// </summary>
public static class TargetsFile
{
    public const string FileName = "targets.csv";

    /// <summary>The columns the header row must have (also how an upload under another name is recognised).</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["indicator", "target"];

    /// <summary>Reads every usable target row; problems become findings.</summary>
    public static TargetBook Read(InputFile file, FindingList findings)
    {
        var standing = new Dictionary<string, Target>(StringComparer.Ordinal);
        var byQuarter = new Dictionary<(string, FinancialQuarter), Target>();
        var table = RecordCsv.Read(file, RequiredColumns, ["period", "trajectory_note", "tolerance"], findings, aboutPeople: false);
        foreach (var row in table?.Rows(findings) ?? [])
        {
            var definition = IndicatorField.Read(row);
            var period = IndicatorField.Period(row);
            var value = row.Number("target", required: true, min: 0m);
            var tolerance = row.Number("tolerance", required: false);
            if (tolerance is < 0 or > 1)
            {
                row.Error("tolerance", row.Text("tolerance"), false, "must be a fraction of the target between 0 and 1 (0.1 means a miss of up to 10% is amber)");
            }

            if (definition is null || value is null || row.Rejected)
            {
                continue;
            }

            var target = new Target(definition.Id, period ?? default, value.Value, row.Text("trajectory_note"), tolerance);
            var added = period is { } quarter ? byQuarter.TryAdd((definition.Id, quarter), target) : standing.TryAdd(definition.Id, target);
            if (!added)
            {
                row.Warning("indicator", definition.Id, false, $"already has a {(period is null ? "standing target" : "target for " + period)} above: this row is ignored");
            }
        }

        table?.HasUsableRows(findings);
        return new TargetBook(standing, byQuarter);
    }
}
