using System.Text;
using Reporting.Pipeline.MetricFiles.LookedAfter;

namespace Reporting.Pipeline.Tests.Hostile;

/// <summary>
/// Hostile and careless versions of every CSV upload, generated from the sample's latest quarter
/// (nothing large is kept in git): empty, header-only, no header, other separators, other encodings,
/// a huge field, numbers that overflow, duplicated rows, thousands of unknown columns, NUL bytes
/// and newlines inside quoted cells, a value past the header on every row, a last row cut short.
/// </summary>
internal static class HostileCorpus
{
    /// <summary>Every CSV a quarter folder can hold, and the council's CSV config files.</summary>
    public static IReadOnlyList<string> CsvUploads { get; } =
        ["measures.csv", "workforce.csv", "vacancies.csv", Ssda903Files.Episodes, Ssda903Files.Header, Ssda903Files.HealthOutcomes, Ssda903Files.CareLeaverOutcomes, "missing.csv", "config/targets.csv", "config/benchmarks.csv"];

    /// <summary>Columns whose values identify a child (or a worker): never to be seen in any output.</summary>
    public static IReadOnlyList<string> IdentityColumns { get; } = ["CHILD", "DOB", "MC_DOB", "UPN", "HOME_POST", "PL_POST", "worker_id"];

    public static IReadOnlyList<string> Cases { get; } =
        ["empty", "header-only", "no-header", "semicolons", "tabs", "sep-line", "latin1", "utf16", "huge-field", "overflow", "many-decimals", "duplicates", "unknown-columns", "20000-columns", "nul-bytes", "quoted-newline", "extra-cells", "cut-short"];

    /// <summary>Whether validate must say NOT OK (an error) for the case, when it changed the file at all.</summary>
    public static bool? IsError(string @case) => @case switch
    {
        "unknown-columns" => false,
        "quoted-newline" or "nul-bytes" => null, // an error only where the last column is checked
        "extra-cells" => null, // an error in a file of records about people, a warning in the others
        _ => true,
    };

    public static byte[] Make(string name, string @case)
    {
        var text = SampleQuarter.Text(name);
        var lines = text.TrimEnd('\n').Split('\n');
        var header = lines[0];
        var body = string.Join('\n', lines.Skip(1)) + "\n";
        return @case switch
        {
            "empty" => [],
            "header-only" => Utf8(header + "\n"),
            "no-header" => Utf8(body),
            "semicolons" => Utf8(text.Replace(',', ';')),
            "tabs" => Utf8(text.Replace(',', '\t')),
            "sep-line" => Utf8("sep=;\n" + text.Replace(',', ';')),
            "latin1" => Encoding.Latin1.GetBytes(header + "\n" + EditFirstCell(body, "Café") ),
            "utf16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "huge-field" => Utf8(header + "\n" + EditLastCell(body, new string('x', 2_000_000))),
            "overflow" => Utf8(header + "\n" + Numbers(body, "10000000000000000000000000000")),
            "many-decimals" => Utf8(header + "\n" + Numbers(body, "0.12345678901234567890123456789012")),
            "duplicates" => Utf8(text + body),
            "unknown-columns" => Utf8(header + ",colour,size,LA090000" + "\n" + body),
            "20000-columns" => Utf8(header + string.Concat(Enumerable.Range(1, 20_000).Select(i => $",extra{i}")) + "\n" + body),
            "nul-bytes" => Utf8(header + "\n" + EditLastCell(body, "\0\0x")),
            "quoted-newline" => Utf8(header + "\n" + EditLastCell(body, "\"a\nb\"")),
            "extra-cells" => Utf8(header + "\n" + string.Concat(lines.Skip(1).Select(line => line + ",9\n"))),
            "cut-short" => Utf8(string.Join('\n', lines[..^1]) + "\n" + lines[^1][..(lines[^1].Length / 2)]),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };
    }

    /// <summary>The identifying values in the sample file's first rows (CHILD ids, dates of birth, postcodes).</summary>
    public static IReadOnlyList<string> IdentityValues(string name)
    {
        var lines = SampleQuarter.Text(name).TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        var columns = Enumerable.Range(0, header.Length).Where(i => IdentityColumns.Contains(header[i], StringComparer.OrdinalIgnoreCase)).ToList();
        return lines.Skip(1).Take(5).SelectMany(line => columns.Select(i => line.Split(',')[i])).Where(v => v.Length > 0).Distinct().ToList();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string EditFirstCell(string body, string value)
    {
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        return value + body[comma..];
    }

    /// <summary>Replaces the last cell of the first record.</summary>
    private static string EditLastCell(string body, string value)
    {
        var end = body.IndexOf('\n', StringComparison.Ordinal);
        var comma = body.LastIndexOf(',', end);
        return body[..(comma + 1)] + value + body[end..];
    }

    /// <summary>Replaces every number in the first record with <paramref name="number"/>.</summary>
    private static string Numbers(string body, string number)
    {
        var end = body.IndexOf('\n', StringComparison.Ordinal);
        var cells = body[..end].Split(',').Select(c => decimal.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out _) ? number : c);
        return string.Join(',', cells) + body[end..];
    }
}
