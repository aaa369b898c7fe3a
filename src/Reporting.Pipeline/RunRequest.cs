using Reporting.Domain.Councils;
using Reporting.Domain.Periods;

namespace Reporting.Pipeline;

/// <summary>
/// What to run: a council, a quarter, the audiences (empty for all), whether to re-render unchanged
/// inputs, and the publication gate's two confirmations: <see cref="PublishWithErrors"/> confirms the
/// figures that would change the publication in force beyond what is plausible (otherwise such a run
/// is <see cref="RunOutcome.Withheld"/>), <see cref="PublishIncomplete"/> confirms publishing a quarter
/// that lacks what its audiences need (otherwise <see cref="RunOutcome.Incomplete"/>). The quarterly
/// timer never confirms either.
/// </summary>
public sealed record RunRequest(CouncilCode Council, FinancialQuarter Period, IReadOnlyList<string> Audiences, bool Force = false, bool PublishWithErrors = false, bool PublishIncomplete = false);
