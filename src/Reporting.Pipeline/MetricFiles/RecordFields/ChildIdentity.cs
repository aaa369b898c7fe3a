using System.Text.RegularExpressions;

namespace Reporting.Pipeline.MetricFiles.RecordFields;

/// <summary>
/// What a child's identity looks like in text: a UK postcode, a date next to "born" or "DOB", a
/// unique pupil number, an NHS number or a labelled child id. Used to keep such values out of
/// findings and to warn when free text (the commentary) seems to carry them. Never quotes what it finds.
/// </summary>
public static partial class ChildIdentity
{
    /// <summary>What kinds of identifying detail <paramref name="text"/> seems to hold ("a postcode and a date of birth"), or null.</summary>
    public static string? Find(string text)
    {
        var kinds = new List<string>(3);
        if (Postcode().IsMatch(text))
        {
            kinds.Add("a postcode");
        }

        if (BirthDate().IsMatch(text))
        {
            kinds.Add("a date of birth");
        }

        if (Identifier().IsMatch(text))
        {
            kinds.Add("a child identifier (a UPN, NHS number or child id)");
        }

        return kinds.Count == 0 ? null : string.Join(" and ", kinds);
    }

    /// <summary>True when a value should not be quoted back because it may identify a child.</summary>
    public static bool Withhold(string value) => Find(value) is not null || Postcode().IsMatch(value.ToUpperInvariant());

    [GeneratedRegex(@"\b(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\b(born|DOB|date of birth|d\.o\.b\.?)\b\W{0,3}(on\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BirthDate();

    [GeneratedRegex(@"\b([A-Z][0-9]{11}[0-9A-Z]|[0-9]{3} ?[0-9]{3} ?[0-9]{4}|child\s*(id|ref|reference|no\.?|number)\s*[:#]?\s*[A-Z0-9-]*[0-9][A-Z0-9-]*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Identifier();
}
