using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles.LookedAfter;

/// <summary>
/// The council's postcode grid references (config/postcodes.csv: <c>postcode,easting,northing</c>,
/// a subset of the ONS postcode directory). Postcodes match ignoring case and spaces; a postcode
/// sector ("AB1 2") may stand for all its postcodes. Postcodes are never echoed in findings.
/// A postcode listed twice with the same grid reference is a warning; with different ones it is an
/// error, and that postcode is located nowhere (no distance is worked out from a guess). A file with
/// no usable row is an error, as for any upload.
/// </summary>
public sealed class PostcodeBook
{
    public const string Name = "postcodes.csv";

    /// <summary>The columns the header row must have (also how an upload under another name is recognised).</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["postcode", "easting", "northing"];

    private readonly Dictionary<string, (decimal Easting, decimal Northing)> _points;
    private readonly HashSet<string> _conflicting;

    private PostcodeBook(string file, Dictionary<string, (decimal, decimal)> points, HashSet<string> conflicting)
    {
        File = file;
        _points = points;
        _conflicting = conflicting;
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
        var firstRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var conflicting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows(findings))
        {
            var postcode = row.RequiredText("postcode", sensitive: true);
            var easting = row.Number("easting", required: true, min: 0m, max: 800_000m);
            var northing = row.Number("northing", required: true, min: 0m, max: 1_300_000m);
            if (row.Rejected || postcode is null || easting is null || northing is null)
            {
                continue;
            }

            var key = Normalise(postcode);
            var point = (easting.Value, northing.Value);
            if (!points.TryAdd(key, point))
            {
                var first = firstRows[key];
                if (points[key] == point)
                {
                    row.Warning("postcode", null, sensitive: true, $"is listed again (first on row {first}) with the same grid reference: this row is ignored. Remove the copy");
                }
                else if (conflicting.Add(key))
                {
                    row.Error("postcode", null, sensitive: true, $"is listed again (first on row {first}) with a different grid reference, so which is right is unknown and no distance is worked out for it. Keep the row with the ONS postcode directory's grid reference");
                }
            }
            else
            {
                firstRows[key] = row.Row ?? 0;
            }
        }

        table.HasUsableRows(findings);
        return new PostcodeBook(input.Name, points, conflicting);
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
        if (_conflicting.Contains(key))
        {
            return null;
        }

        if (_points.TryGetValue(key, out var point))
        {
            return point;
        }

        // A full postcode's sector is its outward code and the first character of the inward code.
        return key.Length >= 5 && _points.TryGetValue(key[..^2], out var sector) ? sector : null;
    }

    private static string Normalise(string postcode) => string.Concat(postcode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
