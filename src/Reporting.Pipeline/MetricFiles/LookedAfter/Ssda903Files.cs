using Reporting.Domain.Findings;
using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles.LookedAfter;

/// <summary>
/// Reads the SSDA903 tables under <c>ssda903/</c>: <c>episodes.csv</c>, <c>header.csv</c>,
/// <c>oc2.csv</c> and <c>oc3.csv</c>, with their standard DfE headers. Codes are checked against the
/// DfE lists; CHILD ids, dates of birth and postcodes are never echoed.
/// </summary>
public static class Ssda903Files
{
    public const string Episodes = "ssda903/episodes.csv";
    public const string Header = "ssda903/header.csv";
    public const string HealthOutcomes = "ssda903/oc2.csv";
    public const string CareLeaverOutcomes = "ssda903/oc3.csv";

    public static IReadOnlyList<string> Names { get; } = [Episodes, Header, HealthOutcomes, CareLeaverOutcomes];

    /// <summary>Each table's required header columns (also how an upload under another name is recognised).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RequiredColumns { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [Episodes] = ["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC"],
        [Header] = ["CHILD", "SEX", "DOB"],
        [HealthOutcomes] = ["CHILD", "HEALTH_ASSESSMENT"],
        [CareLeaverOutcomes] = ["CHILD", "DOB", "ACTIV"],
    };

    public static Ssda903Tables Read(InputFile? episodes, InputFile? header, InputFile? oc2, InputFile? oc3, PostcodeBook? postcodes, FindingList findings)
    {
        var children = new ChildNumbers();
        var (byChild, distanceKnown) = episodes is null ? (null, false) : ReadEpisodes(episodes, postcodes, children, findings);
        if (header is not null)
        {
            ReadHeader(header, findings);
        }

        var health = oc2 is null ? null : ReadHealth(oc2, children, findings);
        var leavers = oc3 is null ? null : ReadCareLeavers(oc3, children, findings);
        return new Ssda903Tables(byChild, health, leavers, distanceKnown)
        {
            EpisodesName = episodes?.Name ?? Episodes,
            HealthName = oc2?.Name ?? HealthOutcomes,
        };
    }

    /// <summary>The episodes grouped by child (once, for the overlap check here and the cohort later), and whether distances are known.</summary>
    private static (EpisodesByChild?, bool) ReadEpisodes(InputFile input, PostcodeBook? postcodes, ChildNumbers children, FindingList findings)
    {
        var table = RecordCsv.Read(input, RequiredColumns[Episodes],
            ["CIN", "PLACE_PROVIDER", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN", "PL_DISTANCE", "LA", "YEAR"], findings);
        if (table is null)
        {
            return (null, false);
        }

        var hasDistance = table.HasColumn("PL_DISTANCE");
        var hasPostcodes = table.HasColumn("HOME_POST") && table.HasColumn("PL_POST") && postcodes is not null;
        var episodes = new List<CareEpisode>();
        foreach (var row in table.Rows(findings))
        {
            var child = row.RequiredText("CHILD", sensitive: true);
            var started = row.Date("DECOM", required: true);
            var reason = row.Code("RNE", Ssda903Codes.ReasonsForNewEpisode, required: true);
            var legal = row.Code("LS", Ssda903Codes.LegalStatuses, required: true);
            row.Code("CIN", Ssda903Codes.CategoriesOfNeed, required: false);
            var placement = row.Code("PLACE", Ssda903Codes.PlacementTypes, required: true);
            row.Code("PLACE_PROVIDER", Ssda903Codes.PlacementProviders, required: false);
            var ceased = row.Date("DEC", required: false);
            var ceasedReason = row.Code("REC", Ssda903Codes.ReasonsEpisodeCeased, required: false);
            row.Code("REASON_PLACE_CHANGE", Ssda903Codes.ReasonsPlaceChange, required: false);
            var distance = row.Number("PL_DISTANCE", required: false, min: 0m, max: 1000m);
            if (started is { } s && ceased is { } c && c < s)
            {
                row.Error("DEC", row.Text("DEC"), false, "is before DECOM: an episode cannot cease before it starts");
            }

            if (ceased is not null && ceasedReason is null && row.Text("REC") is null)
            {
                row.Warning("REC", null, false, "is empty although DEC is set: give the reason the episode ceased");
            }

            if (row.Rejected || child is null || started is null || reason is null || legal is null || placement is null)
            {
                continue;
            }

            distance ??= hasPostcodes ? postcodes!.Miles(row.Text("HOME_POST"), row.Text("PL_POST")) : null;
            episodes.Add(new CareEpisode(children.For(child), started.Value, ceased, reason, legal, placement, distance));
        }

        if (!table.HasUsableRows(findings))
        {
            return (null, false);
        }

        if (!hasDistance && !hasPostcodes)
        {
            findings.Add(Finding.Warning(input.Name, postcodes is null
                ? "There is no PL_DISTANCE column and no config/postcodes.csv: placement distances are not known, so the over-20-miles figure is not available. Add PL_DISTANCE or upload config/postcodes.csv."
                : "There is no PL_DISTANCE column and no HOME_POST/PL_POST columns: placement distances are not known."));
        }

        var byChild = new EpisodesByChild(episodes);
        FlagOverlaps(input.Name, byChild, findings);
        return (byChild, hasDistance || hasPostcodes);
    }

    /// <summary>One warning per file for children whose episodes overlap: the later episode is taken as current.</summary>
    private static void FlagOverlaps(string file, EpisodesByChild children, FindingList findings)
    {
        var overlapping = 0;
        for (var child = 0; child < children.Count; child++)
        {
            var ordered = children[child];
            for (var i = 1; i < ordered.Length; i++)
            {
                if (ordered[i - 1].Ceased is not { } ceased || ceased > ordered[i].Started)
                {
                    overlapping++;
                    break;
                }
            }
        }

        if (overlapping > 0)
        {
            findings.Add(Finding.Warning(file, $"{overlapping} child{(overlapping == 1 ? " has" : "ren have")} episodes that overlap (an episode starts before the previous one ceased, or the previous one has no DEC): the later episode is taken as current. Check DEC of the earlier episodes."));
        }
    }

    private static void ReadHeader(InputFile input, FindingList findings)
    {
        var table = RecordCsv.Read(input, RequiredColumns[Header], ["ETHNIC", "UPN", "MOTHER", "MC_DOB", "LA", "YEAR"], findings);
        if (table is null)
        {
            return;
        }

        foreach (var row in table.Rows(findings))
        {
            row.RequiredText("CHILD", sensitive: true);
            row.Code("SEX", Ssda903Codes.Sexes, required: true);
            row.Date("DOB", required: true, sensitive: true);
            row.Code("ETHNIC", Ssda903Codes.Ethnicities, required: false);
            row.Code("MOTHER", Ssda903Codes.ZeroOne, required: false);
            row.Date("MC_DOB", required: false, sensitive: true);
        }

        table.HasUsableRows(findings);
    }

    private static List<HealthOutcome>? ReadHealth(InputFile input, ChildNumbers children, FindingList findings)
    {
        // HEALTH_ASSESSMENT is the annual health assessment the indicator counts; HEALTH_CHECK is the
        // under-5 development check, blank for older children, so it is only checked when given.
        var table = RecordCsv.Read(input, RequiredColumns[HealthOutcomes],
            ["DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED", "LA", "YEAR"], findings);
        if (table is null)
        {
            return null;
        }

        var outcomes = new List<HealthOutcome>();
        foreach (var row in table.Rows(findings))
        {
            var child = row.RequiredText("CHILD", sensitive: true);
            row.Date("DOB", required: false, sensitive: true);
            var assessment = row.Code("HEALTH_ASSESSMENT", Ssda903Codes.ZeroOne, required: true);
            foreach (var item in (string[])["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"])
            {
                row.Code(item, Ssda903Codes.ZeroOne, required: false);
            }

            row.Number("SDQ_SCORE", required: false, min: 0m, max: 40m);
            if (!row.Rejected && child is not null && assessment is not null)
            {
                outcomes.Add(new HealthOutcome(children.For(child), assessment == "1"));
            }
        }

        return table.HasUsableRows(findings) ? outcomes : null;
    }

    private static List<CareLeaverOutcome>? ReadCareLeavers(InputFile input, ChildNumbers children, FindingList findings)
    {
        var table = RecordCsv.Read(input, RequiredColumns[CareLeaverOutcomes], ["IN_TOUCH", "ACCOM", "LA", "YEAR"], findings);
        if (table is null)
        {
            return null;
        }

        var outcomes = new List<CareLeaverOutcome>();
        foreach (var row in table.Rows(findings))
        {
            var child = row.RequiredText("CHILD", sensitive: true);
            var born = row.Date("DOB", required: true, sensitive: true);
            var activity = row.Code("ACTIV", Ssda903Codes.Activities, required: true);
            row.Code("IN_TOUCH", Ssda903Codes.InTouch, required: false);
            row.Code("ACCOM", Ssda903Codes.Accommodation, required: false);
            if (!row.Rejected && child is not null && born is not null && activity is not null)
            {
                outcomes.Add(new CareLeaverOutcome(children.For(child), born.Value, activity));
            }
        }

        return table.HasUsableRows(findings) ? outcomes : null;
    }
}
