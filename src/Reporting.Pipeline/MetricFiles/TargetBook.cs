using Reporting.Domain.Comparison;
using Reporting.Domain.Periods;

namespace Reporting.Pipeline.MetricFiles;

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
