using Reporting.Domain.Periods;
using Reporting.Pipeline.MetricFiles.LookedAfter;

namespace Reporting.Pipeline.Aggregation;

/// <summary>Works out the looked-after cohort from episodes (DfE definitions).</summary>
public static class LookedAfterCohort
{
    /// <summary>
    /// Children with an episode open at the quarter end (the latest-starting one when episodes
    /// overlap), excluding legal status V3/V4. Placements in the 12 months to quarter end count the
    /// placement current at the window's start and every new placement (RNE S, P or T) after it.
    /// The period of care runs back through contiguous episodes to the latest RNE S.
    /// </summary>
    public static IReadOnlyList<LookedAfterChild> At(EpisodesByChild children, FinancialQuarter period)
    {
        var end = period.End;
        var year = period.Rolling12Months;
        var cohort = new List<LookedAfterChild>(children.Count); // at most one per child
        for (var child = 0; child < children.Count; child++)
        {
            var ordered = children[child];
            var currentIndex = ordered.Length - 1;
            while (currentIndex >= 0 && !ordered[currentIndex].OpenAt(end))
            {
                currentIndex--;
            }

            if (currentIndex < 0 || Ssda903Codes.IsShortBreak(ordered[currentIndex].LegalStatus))
            {
                continue;
            }

            var placements = 0;
            var first = true;
            foreach (var episode in ordered[..(currentIndex + 1)])
            {
                if (!episode.Overlaps(year))
                {
                    continue;
                }

                if (first || Ssda903Codes.StartsNewPlacement(episode.ReasonNew))
                {
                    placements++;
                }

                first = false;
            }

            var startIndex = currentIndex;
            while (startIndex > 0 && ordered[startIndex].ReasonNew != "S" && ordered[startIndex - 1].Ceased is { } previousEnd && previousEnd >= ordered[startIndex].Started)
            {
                startIndex--;
            }

            cohort.Add(new LookedAfterChild(ordered[currentIndex].Child, ordered[currentIndex], ordered[startIndex].Started, placements));
        }

        return cohort;
    }
}
