using Reporting.Domain.Findings;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// Text the documents print as the council wrote it (commentary, actions, the context, the council's
/// name). A child's identifier, date of birth or postcode in it (<see cref="ChildDetails.Find"/>) is an
/// error naming the line and what to change, never quoting it, and such an error withholds the run:
/// unlike a figure, a child's details cannot be taken out of a document by leaving a value "not available".
/// </summary>
public static class FreeText
{
    /// <summary>What to say about free text that seems to hold <paramref name="kind"/>: what to change, and that the run waits for it.</summary>
    public static string Rule(string kind) =>
        $"seems to contain {kind}: the documents {ChildDetails.InFreeText}, so nothing is published until it is changed. Remove it, or reword it if it is not one (it is not quoted here)";

    /// <summary>Adds an error for <paramref name="text"/> at <paramref name="line"/> when it seems to hold a child's details; true when it does.</summary>
    public static bool Check(string file, string text, int line, FindingList findings)
    {
        if (ChildDetails.Find(text) is not { } kind)
        {
            return false;
        }

        findings.Add(Finding.Error(file, $"Line {line} {Rule(kind)}.", line));
        return true;
    }

    /// <summary>Checks every line of <paramref name="text"/> (lines numbered from 1); true when any seems to hold a child's details.</summary>
    public static bool CheckLines(string file, string text, FindingList findings)
    {
        var found = false;
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            found |= Check(file, line, ++number, findings);
        }

        return found;
    }

    /// <summary>Whether the findings hold an error about a child's details in free text, which withholds the run.</summary>
    public static bool IdentifiesAChild(IEnumerable<Finding> findings) =>
        findings.Any(f => f.Severity == Severity.Error && f.Rule.Contains(ChildDetails.InFreeText, StringComparison.Ordinal));
}
