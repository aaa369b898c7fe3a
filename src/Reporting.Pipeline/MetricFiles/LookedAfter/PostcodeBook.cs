using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles.LookedAfter;

/// <summary>
/// The council's postcode grid references (config/postcodes.csv: <c>postcode,easting,northing</c>,
/// a subset of the ONS postcode directory). Postcodes match ignoring case and spaces; a postcode
/// sector ("AB1 2") may stand for all its postcodes. Postcodes are never echoed in findings.
/// </summary>
public sealed class PostcodeBook
{
    public const string Name = "postcodes.csv";

    /// <summary>The columns the header row must have (also how an upload under another name is recognised).</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["postcode", "easting", "northing"];

    private readonly Dictionary<string, (decimal Easting, decimal Northing)> _points;

    private PostcodeBook(string file, Dictionary<string, (decimal, decimal)> points)
    {
        File = file;
        _points = points;
    }

    public string File { get; }

    public int Count => _points.Count;

    public static PostcodeBook? Read(InputFile input, FindingList findings)
    {
        var table = RecordCsv.Read(input, RequiredColumns, [], findings);
        if (table is null)
        {
            return null;
        }

        var points = new Dictionary<string, (decimal, decimal)>(StringComparer.Ordinal);
        foreach (var row in table.Rows(findings))
        {
            var postcode = row.RequiredText("postcode", sensitive: true);
            var easting = row.Number("easting", required: true, min: 0m, max: 800_000m);
            var northing = row.Number("northing", required: true, min: 0m, max: 1_300_000m);
            if (!row.Rejected && postcode is not null && easting is not null && northing is not null)
            {
                points[Normalise(postcode)] = (easting.Value, northing.Value);
            }
        }

        return new PostcodeBook(input.Name, points);
    }

    /// <summary>Miles between two postcodes, or null when either is not in the book.</summary>
    public decimal? Miles(string? home, string? placement) =>
        Locate(home) is { } from && Locate(placement) is { } to ? PlacementDistance.Miles(from.Easting, from.Northing, to.Easting, to.Northing) : null;

    private (decimal Easting, decimal Northing)? Locate(string? postcode)
    {
        if (postcode is null)
        {
            return null;
        }

        var key = Normalise(postcode);
        if (_points.TryGetValue(key, out var point))
        {
            return point;
        }

        // A full postcode's sector is its outward code and the first character of the inward code.
        return key.Length >= 5 && _points.TryGetValue(key[..^2], out var sector) ? sector : null;
    }

    private static string Normalise(string postcode) => string.Concat(postcode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
