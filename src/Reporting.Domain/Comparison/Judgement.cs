namespace Reporting.Domain.Comparison;

/// <summary>Whether a movement is good news, read with the indicator's polarity.</summary>
public enum Judgement
{
    NotJudged,
    Improved,
    Worsened,
    Unchanged,
}
