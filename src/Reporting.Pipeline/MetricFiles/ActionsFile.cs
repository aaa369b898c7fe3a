using Reporting.Domain.Comparison;
using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles;

/// <summary>
/// <c>actions.csv</c> in the quarter's folder: <c>indicator,action,owner,due_date,status</c>, the
/// council's actions for measures rated red or amber. <c>status</c> is <c>not started</c>,
/// <c>in progress</c> or <c>complete</c>; the documents list each action beside its measure and
/// flag a red or amber measure that has none.
/// </summary>
public static class ActionsFile
{
    public const string FileName = "actions.csv";

    /// <summary>The columns the header row must have (also how an upload under another name is recognised).</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["indicator", "action", "owner", "due_date", "status"];

    private static readonly CodeList Statuses = new("an action status", "not started", "in progress", "complete");

    /// <summary>Every usable action; a row with a problem is a finding and is left out.</summary>
    public static IReadOnlyList<ImprovementAction> Read(InputFile file, FindingList findings)
    {
        var actions = new List<ImprovementAction>();
        var table = RecordCsv.Read(file, RequiredColumns, [], findings, aboutPeople: false);
        foreach (var row in table?.Rows(findings) ?? [])
        {
            var definition = IndicatorField.Read(row);
            var description = row.RequiredText("action");
            var owner = row.RequiredText("owner");
            var due = row.Date("due_date", required: true);
            var status = row.Code("status", Statuses, required: true);
            foreach (var (column, text) in (ReadOnlySpan<(string, string?)>)[("action", description), ("owner", owner)])
            {
                if (text is not null && ChildDetails.Find(text) is { } kind)
                {
                    row.Error(column, null, sensitive: true, FreeText.Rule(kind));
                }
                else if (text is not null && FreeText.HasControlCharacters(text))
                {
                    row.Error(column, null, sensitive: true, FreeText.ControlCharactersRule);
                }
            }

            if (definition is null || description is null || owner is null || due is null || status is null || row.Rejected)
            {
                continue;
            }

            actions.Add(new ImprovementAction(definition.Id, description, owner, due.Value, status switch
            {
                "not started" => ActionStatus.NotStarted,
                "in progress" => ActionStatus.InProgress,
                _ => ActionStatus.Complete,
            }));
        }

        return actions;
    }
}
