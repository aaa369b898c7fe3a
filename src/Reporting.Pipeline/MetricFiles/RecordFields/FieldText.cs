using System.Globalization;

namespace Reporting.Pipeline.MetricFiles.RecordFields;

/// <summary>How values are written in DfE extracts: dates as dd/mm/yyyy (or ISO yyyy-mm-dd), numbers with a dot.</summary>
public static class FieldText
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>Parses dd/mm/yyyy or yyyy-mm-dd (an ISO date-time keeps its date part); null when the text is not a date.</summary>
    public static DateOnly? ParseDate(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length > 10 && text[4] == '-' && text[10] is 'T' or ' ')
        {
            text = text[..10];
        }

        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>Parses a plain decimal number ("0.5", "-3", "12"); null otherwise.</summary>
    public static decimal? ParseNumber(ReadOnlySpan<char> text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
