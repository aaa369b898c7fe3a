using System.Text.RegularExpressions;

namespace Reporting.Testing;

/// <summary>
/// The publication-gate issue's reproductions of a child's details landing where findings would quote
/// them, made from the sample quarter's own files: every data row shifted one column right by a
/// leading comma (ids into <c>DECOM</c>, <c>SEX</c>; dates of birth into <c>ETHNIC</c>), a date of
/// birth copied into <c>SDQ_SCORE</c>, <c>ACCOM</c> and <c>MISSING</c>, a child's id into
/// <c>COHORT</c> and cin.xml's <c>ReferralSource</c>, workers' ids into <c>role</c>; and the
/// commentary line the issue quotes. Also the search for those details in whatever a run or a
/// command printed or published.
/// </summary>
public static partial class ChildDetailsCorpus
{
    /// <summary>The commentary line of the issue: a child's id, date of birth and postcode.</summary>
    public const string CommentaryLine = "LA090000 born 01/06/2000 at AB1 2CD";

    /// <summary>The details in <see cref="CommentaryLine"/>.</summary>
    public static IReadOnlyList<string> CommentaryDetails { get; } = ["LA090000", "01/06/2000", "AB1 2CD"];

    /// <summary>Each case: its name, the upload it changes (relative to the quarter folder) and the column the details land in.</summary>
    public static IReadOnlyList<(string Case, string File, string Column)> Cases { get; } =
    [
        ("episodes-shifted", "ssda903/episodes.csv", "DECOM"),
        ("header-shifted", "ssda903/header.csv", "SEX"),
        ("oc2-dob-in-sdq", "ssda903/oc2.csv", "SDQ_SCORE"),
        ("oc3-dob-in-accom", "ssda903/oc3.csv", "ACCOM"),
        ("missing-dob-in-missing", "missing.csv", "MISSING"),
        ("missing-id-in-cohort", "missing.csv", "COHORT"),
        ("cin-id-in-referral-source", "cin.xml", "ReferralSource"),
        ("workforce-id-in-role", "workforce.csv", "role"),
    ];

    /// <summary>Columns (and census elements) whose values identify a child or a worker.</summary>
    private static readonly HashSet<string> IdentityColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "CHILD", "DOB", "MC_DOB", "UPN", "HOME_POST", "PL_POST", "worker_id", "LAchildID", "PersonBirthDate", "SWENo",
    };

    /// <summary>The file's text with the case's change made.</summary>
    public static string Make(string @case, string text) => @case switch
    {
        "episodes-shifted" or "header-shifted" => Shift(text),
        "workforce-id-in-role" => CopyColumn(text, "worker_id", "role"),
        "oc2-dob-in-sdq" => CopyColumn(text, "DOB", "SDQ_SCORE"),
        "oc3-dob-in-accom" => CopyColumn(text, "DOB", "ACCOM"),
        "missing-dob-in-missing" => CopyColumn(text, "DOB", "MISSING"),
        "missing-id-in-cohort" => CopyColumn(text, "CHILD", "COHORT"),
        "cin-id-in-referral-source" => IdInReferralSource(text),
        _ => throw new ArgumentOutOfRangeException(nameof(@case)),
    };

    /// <summary>Every identifier, date of birth and postcode in a record file (a CSV's identity columns, a census's identity elements).</summary>
    public static IEnumerable<string> Details(string name, string text)
    {
        if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return IdentityElement().Matches(text).Select(m => m.Groups[2].Value.Trim()).Where(v => v.Length > 0);
        }

        var lines = Lines(text);
        var header = lines[0].Split(',');
        var columns = Enumerable.Range(0, header.Length).Where(i => IdentityColumns.Contains(header[i])).ToList();
        return lines.Skip(1).SelectMany(line => line.Split(',') is var cells ? columns.Where(i => i < cells.Length).Select(i => cells[i]) : []).Where(v => v.Length > 0);
    }

    /// <summary>The details of <paramref name="secrets"/> that occur in <paramref name="text"/> as words (postcodes as two words), in order of first occurrence.</summary>
    public static IReadOnlyList<string> Leaks(string text, IReadOnlySet<string> secrets)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        var found = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var candidate in (string[])[words[i], i + 1 < words.Count ? words[i] + " " + words[i + 1] : string.Empty])
            {
                if (secrets.Contains(candidate) && !found.Contains(candidate))
                {
                    found.Add(candidate);
                }
            }
        }

        return found;
    }

    /// <summary>Every data row of a CSV shifted one column right by a leading comma.</summary>
    public static string Shift(string text) => MapRows(text, (_, cells) => ["", .. cells]);

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    private static string MapRows(string text, Func<string[], string[], string[]> map)
    {
        var lines = Lines(text);
        var header = lines[0].Split(',');
        return string.Join('\n', [lines[0], .. lines.Skip(1).Select(line => string.Join(',', map(header, line.Split(','))))]) + "\n";
    }

    private static string CopyColumn(string text, string from, string to) => MapRows(text, (header, cells) =>
    {
        var (source, target) = (Array.FindIndex(header, h => h.Equals(from, StringComparison.OrdinalIgnoreCase)), Array.FindIndex(header, h => h.Equals(to, StringComparison.OrdinalIgnoreCase)));
        cells[target] = cells[source];
        return cells;
    });

    /// <summary>Every CINdetails' ReferralSource replaced by its child's LAchildID.</summary>
    private static string IdInReferralSource(string text) => ChildElement().Replace(text, child =>
    {
        var id = IdentityElement().Matches(child.Value).First(m => m.Groups[1].Value == "LAchildID").Groups[2].Value;
        return ReferralSource().Replace(child.Value, $"<ReferralSource>{id}</ReferralSource>");
    });

    [GeneratedRegex(@"<(LAchildID|PersonBirthDate|UPN|ExpectedPersonBirthDate|SWENo)>([^<]*)</\1>", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityElement();

    [GeneratedRegex(@"<Child>.*?</Child>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ChildElement();

    [GeneratedRegex(@"<ReferralSource>[^<]*</ReferralSource>", RegexOptions.CultureInvariant)]
    private static partial Regex ReferralSource();

    [GeneratedRegex(@"[A-Za-z0-9/\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
