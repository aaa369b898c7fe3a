namespace Reporting.Pipeline.Publishing;

/// <summary>
/// A figure a run would change in the publication in force, held back by the publication gate:
/// the indicator, its figure in force and the run's (as shown; "not available" when it has none),
/// the file the run's figure comes from, and why it needs a confirmation.
/// </summary>
public sealed record FigureChange(string IndicatorId, string Was, string Now, string File, string Why)
{
    /// <summary>"sw-turnover-rate 13.9% → 0.0% (2017-18-Q2/workforce.csv: any figure becomes 0 (from anything else))".</summary>
    public override string ToString() => $"{IndicatorId} {Was} → {Now} ({(File.Length > 0 ? File + ": " : string.Empty)}{Why})";
}
