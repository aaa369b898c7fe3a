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

        if (TryParseFixedWidth(text) is { } exact)
        {
            return exact;
        }

        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>
    /// The two forms nearly every extract uses, "dd/mm/yyyy" and "yyyy-mm-dd", read digit by digit:
    /// a record file has hundreds of thousands of dates, and the general parser is several times
    /// slower. Anything else (one-digit days, impossible dates) is left to the general parser.
    /// </summary>
    private static DateOnly? TryParseFixedWidth(ReadOnlySpan<char> text)
    {
        if (text.Length != 10)
        {
            return null;
        }

        int year, month, day;
        if (text[2] == '/' && text[5] == '/')
        {
            (day, month, year) = (Digits(text[..2]), Digits(text[3..5]), Digits(text[6..]));
        }
        else if (text[4] == '-' && text[7] == '-')
        {
            (year, month, day) = (Digits(text[..4]), Digits(text[5..7]), Digits(text[8..]));
        }
        else
        {
            return null;
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The value of a run of ASCII digits; -1 when any character is not one.</summary>
    private static int Digits(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>Parses a plain decimal number ("0.5", "-3", "12"); null otherwise (also for control characters, which .NET would skip at the end).</summary>
    public static decimal? ParseNumber(ReadOnlySpan<char> text) =>
        !text.ContainsAnyInRange('\0', '\u001F')
        && decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
