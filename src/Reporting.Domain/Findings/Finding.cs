using System.Globalization;
using System.Text;

namespace Reporting.Domain.Findings;

/// <summary>
/// One validation finding about an input file, in words an improvement lead can act on.
/// It names the file, where in it (a row number or an XML element path), the column, the
/// offending value and the rule. Invariant: it never carries child-level data — parsers
/// leave <see cref="Value"/> empty for identifiers, dates of birth and postcodes, and
/// <see cref="Value"/> itself never gives back a value from a column that may hold them or one
/// shaped like them (<see cref="ChildDetails"/>).
/// </summary>
public sealed record Finding(
    Severity Severity,
    string File,
    string Rule,
    int? Row = null,
    string? Column = null,
    string? Value = null,
    string? ElementPath = null)
{
    /// <summary>The offending value as written; null when there is none or it could be a child's details (<see cref="ChildDetails.MayQuote"/>).</summary>
    public string? Value { get => ChildDetails.MayQuote(Column, field) ? field : null; init; } = Value;

    public static Finding Error(string file, string rule, int? row = null, string? column = null, string? value = null) =>
        new(Severity.Error, file, rule, row, column, value);

    public static Finding Warning(string file, string rule, int? row = null, string? column = null, string? value = null) =>
        new(Severity.Warning, file, rule, row, column, value);

    /// <summary>Where in the file, for people: "row 5, column value" or "element /Message/Header".</summary>
    public string Location
    {
        get
        {
            var parts = new List<string>(3);
            if (Row is { } row)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"row {row}"));
            }

            if (ElementPath is { } path)
            {
                parts.Add($"element {path}");
            }

            if (Column is { } column)
            {
                parts.Add($"column {column}");
            }

            return parts.Count == 0 ? "whole file" : string.Join(", ", parts);
        }
    }

    /// <summary>One line for logs and terminals: "error: measures.csv row 5, column value: 'abc' — value must be a number".</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Severity == Severity.Error ? "error" : "warning").Append(": ").Append(File);
        text.Append(' ').Append(Location);
        if (!string.IsNullOrEmpty(Value))
        {
            text.Append(": '").Append(Value).Append('\'');
        }

        text.Append(" — ").Append(Rule);
        return text.ToString();
    }
}
