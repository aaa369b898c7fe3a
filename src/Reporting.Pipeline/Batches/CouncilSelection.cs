using System.Globalization;
using Reporting.Domain;
using Reporting.Domain.Councils;
using Reporting.Pipeline.Storage;

namespace Reporting.Pipeline.Batches;

/// <summary>
/// Which councils a batch runs, as people write it: <c>all</c> (every council with files in the
/// store), a range <c>800-952</c> (the councils in the store within it), a list <c>886,933</c> (each
/// one named, whether or not it has files), or a mix <c>886,900-910</c>. Invariant: not empty.
/// </summary>
public sealed class CouncilSelection
{
    private readonly IReadOnlyList<CouncilCode> _named;
    private readonly IReadOnlyList<(CouncilCode From, CouncilCode To)> _ranges;

    private CouncilSelection(bool all, IReadOnlyList<CouncilCode> named, IReadOnlyList<(CouncilCode, CouncilCode)> ranges)
    {
        All = all;
        _named = named;
        _ranges = ranges;
    }

    /// <summary>True for <c>all</c>.</summary>
    public bool All { get; }

    /// <summary>The one council named when the selection is exactly one code (no range, not all); null otherwise.</summary>
    public CouncilCode? Single => !All && _ranges.Count == 0 && _named.Count == 1 ? _named[0] : null;

    public static ParseResult<CouncilSelection> Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return ParseResult<CouncilSelection>.ForValue(new CouncilSelection(true, [], []));
        }

        var named = new List<CouncilCode>();
        var ranges = new List<(CouncilCode, CouncilCode)>();
        foreach (var item in trimmed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = item.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0 && CouncilCode.Parse(item) is { Success: true } code)
            {
                named.Add(code.Value);
            }
            else if (dash > 0 && CouncilCode.Parse(item[..dash]) is { Success: true } from && CouncilCode.Parse(item[(dash + 1)..]) is { Success: true } to
                && from.Value.CompareTo(to.Value) <= 0)
            {
                ranges.Add((from.Value, to.Value));
            }
            else
            {
                return Invalid(item);
            }
        }

        return named.Count + ranges.Count == 0 ? Invalid(trimmed) : ParseResult<CouncilSelection>.ForValue(new CouncilSelection(false, named.Distinct().ToList(), ranges));
    }

    /// <summary>The councils to run, in code order: the named ones, and those in the store that <c>all</c> or a range takes in.</summary>
    public async Task<IReadOnlyList<CouncilCode>> ResolveAsync(IObjectStore store, CancellationToken cancellationToken = default)
    {
        var chosen = new SortedSet<CouncilCode>(_named);
        if (All || _ranges.Count > 0)
        {
            foreach (var council in await CouncilsInStoreAsync(store, cancellationToken))
            {
                if (All || _ranges.Any(r => council.CompareTo(r.From) >= 0 && council.CompareTo(r.To) <= 0))
                {
                    chosen.Add(council);
                }
            }
        }

        return [.. chosen];
    }

    /// <summary>Every council with at least one file under <c>metrics/{la}/</c>.</summary>
    public static async Task<IReadOnlyList<CouncilCode>> CouncilsInStoreAsync(IObjectStore store, CancellationToken cancellationToken = default)
    {
        var councils = new SortedSet<CouncilCode>();
        foreach (var item in await store.ListAsync(StoreLayout.MetricsContainer, string.Empty, cancellationToken))
        {
            var slash = item.Name.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && CouncilCode.Parse(item.Name[..slash]) is { Success: true } parsed)
            {
                councils.Add(parsed.Value);
            }
        }

        return [.. councils];
    }

    public override string ToString() => All ? "all" : string.Join(',', _named.Select(c => c.Value).Concat(_ranges.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.From}-{r.To}"))));

    private static ParseResult<CouncilSelection> Invalid(string item) => ParseResult<CouncilSelection>.ForError(
        $"'{Excerpt.Shorten(item)}' is not a council selection: write all, a council code (three digits, such as 933), a range such as 800-952, or a list such as 886,933.");
}
