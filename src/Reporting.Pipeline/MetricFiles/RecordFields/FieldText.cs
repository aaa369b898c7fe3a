using System.Globalization;

namespace Reporting.Pipeline.MetricFiles.RecordFields;

/// <summary>How values are written in DfE extracts: dates as dd/mm/yyyy (or ISO yyyy-mm-dd), numbers with a dot.</summary>
public static class FieldText
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>
    /// Parses dd/mm/yyyy or yyyy-mm-dd; a date followed by a time (an ISO date-time, or a spreadsheet's
    /// "21/06/2019 00:00") keeps its date part. Null when the text is not a date.
    /// </summary>
    public static DateOnly? ParseDate(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var separator = text.IndexOfAny('T', ' ');
        if (separator is 8 or 9 or 10 && text.Length > separator + 1 && char.IsAsciiDigit(text[separator + 1]))
        {
            text = text[..separator];
        }

        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>Parses a plain decimal number ("0.5", "-3", "12"); null otherwise (also for control characters, which .NET would skip at the end).</summary>
    public static decimal? ParseNumber(ReadOnlySpan<char> text) =>
        !text.ContainsAnyInRange('\0', '\u001F')
        && decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
