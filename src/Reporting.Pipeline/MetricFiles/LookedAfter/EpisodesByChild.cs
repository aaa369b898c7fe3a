namespace Reporting.Pipeline.MetricFiles.LookedAfter;

/// <summary>
/// Episodes grouped by child, each child's in order of start (file order among equal starts), in
/// the order the children first appear. Built in one pass with a counting sort, so grouping
/// 80,000 episodes costs about what reading them does (a GroupBy then OrderBy per child did not);
/// built once per upload (<see cref="Ssda903Tables.Episodes"/>), for the overlap check and the cohort.
/// </summary>
public sealed class EpisodesByChild
{
    private readonly CareEpisode[] _ordered;
    private readonly int[] _starts;

    public EpisodesByChild(IReadOnlyList<CareEpisode> episodes)
    {
        var slots = new Dictionary<int, int>();
        var slotOf = new int[episodes.Count];
        var sizes = new List<int>();
        for (var i = 0; i < episodes.Count; i++)
        {
            if (!slots.TryGetValue(episodes[i].Child, out var slot))
            {
                slot = slots.Count;
                slots[episodes[i].Child] = slot;
                sizes.Add(0);
            }

            slotOf[i] = slot;
            sizes[slot]++;
        }

        _starts = new int[sizes.Count + 1];
        for (var slot = 0; slot < sizes.Count; slot++)
        {
            _starts[slot + 1] = _starts[slot] + sizes[slot];
        }

        _ordered = new CareEpisode[episodes.Count];
        var next = _starts[..^1];
        for (var i = 0; i < episodes.Count; i++)
        {
            _ordered[next[slotOf[i]]++] = episodes[i];
        }

        for (var slot = 0; slot < sizes.Count; slot++)
        {
            SortByStart(_ordered.AsSpan(_starts[slot], sizes[slot]));
        }
    }

    /// <summary>How many children.</summary>
    public int Count => _starts.Length - 1;

    /// <summary>The episodes of the n-th child, in order of start.</summary>
    public ReadOnlySpan<CareEpisode> this[int child] => _ordered.AsSpan(_starts[child], _starts[child + 1] - _starts[child]);

    /// <summary>A stable sort by start date: insertion sort, since a child has a handful of episodes (a stable merge for the rare long history).</summary>
    private static void SortByStart(Span<CareEpisode> episodes)
    {
        if (episodes.Length > 32)
        {
            var sorted = episodes.ToArray().OrderBy(e => e.Started).ToArray();
            sorted.CopyTo(episodes);
            return;
        }

        for (var i = 1; i < episodes.Length; i++)
        {
            var episode = episodes[i];
            var j = i - 1;
            while (j >= 0 && episodes[j].Started > episode.Started)
            {
                episodes[j + 1] = episodes[j];
                j--;
            }

            episodes[j + 1] = episode;
        }
    }
}
