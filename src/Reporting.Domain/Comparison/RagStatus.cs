namespace Reporting.Domain.Comparison;

/// <summary>Red, amber, green — or grey when there is no target or no value. Always printed as a word, never by colour alone.</summary>
public enum RagStatus
{
    Grey,
    Red,
    Amber,
    Green,
}
