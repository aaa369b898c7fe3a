using Reporting.Pipeline.MetricFiles.RecordFields;

namespace Reporting.Pipeline.MetricFiles.LookedAfter;

/// <summary>
/// The SSDA903 code lists (DfE, Children looked after return: guidance and specification), as the
/// open-source SSDA903 validator checks them.
/// </summary>
public static class Ssda903Codes
{
    public static CodeList LegalStatuses { get; } = new("an SSDA903 legal status (LS) code",
        "C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3", "V2", "V3", "V4");

    /// <summary>RNE: S started, L legal status only, P placement and carer, T both, B legal status and placement with the same carer, U placement with the same carer.</summary>
    public static CodeList ReasonsForNewEpisode { get; } = new("an SSDA903 reason for new episode (RNE) code", "S", "L", "P", "T", "B", "U");

    public static CodeList CategoriesOfNeed { get; } = new("an SSDA903 category of need (CIN) code", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");

    public static CodeList PlacementTypes { get; } = new("an SSDA903 placement type (PLACE) code",
        "A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4",
        "U1", "U2", "U3", "U4", "U5", "U6", "Z1");

    public static CodeList PlacementProviders { get; } = new("an SSDA903 placement provider (PLACE_PROVIDER) code", "PR0", "PR1", "PR2", "PR3", "PR4", "PR5");

    public static CodeList ReasonsEpisodeCeased { get; } = new("an SSDA903 reason episode ceased (REC) code",
        "E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E4A", "E4B", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "X1");

    public static CodeList ReasonsPlaceChange { get; } = new("an SSDA903 reason for placement change code",
        "CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER");

    public static CodeList Sexes { get; } = new("an SSDA903 sex code (1 male, 2 female)", "1", "2");

    public static CodeList Ethnicities { get; } = new("a DfE ethnicity code",
        "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
        "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    /// <summary>OC2 yes/no items (HEALTH_CHECK, IMMUNISATIONS, ...).</summary>
    public static CodeList ZeroOne { get; } = new("0 (no) or 1 (yes)", "0", "1");

    /// <summary>OC3 ACTIV: F1–F3 and P1–P3 are education, employment or training; G4–G6 are not; 0 is not known.</summary>
    public static CodeList Activities { get; } = new("an SSDA903 care leaver activity (ACTIV) code", "F1", "P1", "F2", "P2", "F3", "P3", "G4", "G5", "G6", "0");

    public static CodeList InTouch { get; } = new("an SSDA903 IN_TOUCH code", "YES", "NO", "DIED", "REFU", "NREQ", "RHOM");

    /// <summary>OC3 ACCOM: the accommodation letter with 1 (suitable) or 2 (unsuitable), or 0 when not known.</summary>
    public static CodeList Accommodation { get; } = new("an SSDA903 accommodation (ACCOM) code",
        ["0", .. "BCDEGHKRSTUVWXYZ".SelectMany(letter => new[] { $"{letter}1", $"{letter}2" })]);

    /// <summary>True for the legal statuses of an agreed series of short-term placements, which are out of the cohort.</summary>
    public static bool IsShortBreak(string legalStatus) => legalStatus is "V3" or "V4";

    /// <summary>True for RNE codes that start a new placement with a new carer (S, P, T); L, B and U continue one.</summary>
    public static bool StartsNewPlacement(string reason) => reason is "S" or "P" or "T";

    /// <summary>True for activity codes that are education, employment or training.</summary>
    public static bool InEducationEmploymentOrTraining(string activity) => activity is "F1" or "F2" or "F3" or "P1" or "P2" or "P3";
}
