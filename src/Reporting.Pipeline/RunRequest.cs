using Reporting.Domain.Councils;
using Reporting.Domain.Periods;

namespace Reporting.Pipeline;

/// <summary>
/// What to run: a council, a quarter, the audiences (empty for all), whether to re-render unchanged
/// inputs, and whether to publish even when the inputs' errors leave indicators without the value
/// the publication in force has (otherwise such a run is <see cref="RunOutcome.Withheld"/>).
/// </summary>
public sealed record RunRequest(CouncilCode Council, FinancialQuarter Period, IReadOnlyList<string> Audiences, bool Force = false, bool PublishWithErrors = false);
