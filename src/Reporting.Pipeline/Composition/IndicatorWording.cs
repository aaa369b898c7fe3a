using System.Globalization;
using Reporting.Domain.Comparison;
using Reporting.Domain.Indicators;

namespace Reporting.Pipeline.Composition;

/// <summary>
/// One indicator or action in words, for both renderers: an indicator's sentence (with its actions
/// for red and amber measures), its journey since the plan's start, its move since last quarter, or
/// why it has no figure. Words only, like <see cref="ReviewWording"/>, whose constants it shares.
/// </summary>
public static class IndicatorWording
{
    /// <summary>One action: "Convert agency posts (Head of workforce, due 31 Mar 2018, in progress)".</summary>
    public static string Action(ImprovementAction action, DateOnly asAt)
    {
        ArgumentNullException.ThrowIfNull(action);
        return $"{action.Description} ({action.Owner}, due {action.Due.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}, {action.StatusText(asAt)})";
    }

    /// <summary>An indicator's actions as sentences, or that it has none.</summary>
    public static string ActionSentence(IndicatorReport indicator, DateOnly asAt)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Actions.Count == 0
            ? ReviewWording.NoAction + "."
            : string.Join(" ", indicator.Actions.Select(a => $"Action: {Action(a, asAt)}."));
    }

    /// <summary>
    /// An indicator on a priority page of an audience without charts: its sentence, and for red and
    /// amber measures in a non-public document the actions (or that there are none).
    /// </summary>
    public static string PriorityLine(ReportModel report, IndicatorReport indicator)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(indicator);
        return report.ActionsBeside(indicator)
            ? StatementWithActions(report, indicator)
            : Statement(indicator);
    }

    /// <summary>An indicator's sentence followed by its actions as at the report's date (or that it has none): the risks' red measures and the priority lines.</summary>
    public static string StatementWithActions(ReportModel report, IndicatorReport indicator) =>
        Statement(indicator) + " " + ActionSentence(indicator, report.ActionsAsAt);

    /// <summary>One indicator in a sentence, for audiences without charts.</summary>
    public static string Statement(IndicatorReport i)
    {
        ArgumentNullException.ThrowIfNull(i);
        if (!i.Current.IsAvailable && !i.Suppressed)
        {
            return $"{i.Definition.Title}: not available ({i.Current.NotAvailableReason}).";
        }

        var target = i.Target is null ? "no target"
            : string.IsNullOrWhiteSpace(i.Target.TrajectoryNote) ? $"target {i.TargetText}"
            : $"target {i.TargetText} ({i.Target.TrajectoryNote.Trim()})";
        var previous = i.Previous is null ? string.Empty : $"; previous quarter {i.PreviousText} ({ReviewWording.Direction(i.Assessment).ToLowerInvariant()})";
        var counts = i.CountDetail is { } detail ? $" ({detail})" : string.Empty;
        return $"{i.Definition.Title}: {i.ValueText}{counts} against {target}, {i.Assessment.Status.Word()}{previous}.";
    }

    /// <summary>For the public: an indicator now beside where it started.</summary>
    public static string JourneyLine(IndicatorReport i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return $"{i.Definition.Title}: {i.BaselineText} then, {i.ValueText} now{(i.Target is null ? string.Empty : $" (the aim is {i.TargetText})")}; {PlainWording.Better(i.Definition.Polarity)}.";
    }

    /// <summary>One of the biggest moves since the previous quarter.</summary>
    public static string MoverLine(IndicatorReport m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return $"{m.Definition.Title}: {m.ChangeText}, from {m.PreviousText} last quarter to {m.ValueText} now ({m.Assessment.Status.Word()}{(m.Target is null ? string.Empty : $" against a target of {m.TargetText}")}).";
    }

    /// <summary>An indicator without a figure this quarter (<see cref="ReportModel.Missing"/>) with its reason.</summary>
    public static string MissingLine(IndicatorReport indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return $"{indicator.Definition.Title}: {indicator.Current.NotAvailableReason}";
    }
}
