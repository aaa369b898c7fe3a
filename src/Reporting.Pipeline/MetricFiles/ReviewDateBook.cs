using Reporting.Domain.Periods;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>Review dates by quarter.</summary>
public sealed class ReviewDateBook(IReadOnlyDictionary<FinancialQuarter, ReviewDates> dates)
{
    public static ReviewDateBook Empty { get; } = new(new Dictionary<FinancialQuarter, ReviewDates>());

    public ReviewDates? For(FinancialQuarter period) => dates.GetValueOrDefault(period);
}
