namespace Reporting.Pipeline.MetricFiles.RecordFields;

/// <summary>
/// A closed list of codes from a DfE specification (legal statuses, placement types, OrgRole, ...),
/// matched case-insensitively after trimming. Invariant: at least one code.
/// </summary>
public sealed class CodeList
{
    private readonly HashSet<string> _codes;

    public CodeList(string description, params string[] codes)
    {
        if (codes.Length == 0)
        {
            throw new ArgumentException("A code list needs at least one code.", nameof(codes));
        }

        Description = description;
        Codes = codes;
        _codes = new HashSet<string>(codes, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What the codes are, e.g. "an SSDA903 legal status code".</summary>
    public string Description { get; }

    public IReadOnlyList<string> Codes { get; }

    public bool Contains(string code) => _codes.Contains(code);

    /// <summary>The code as the specification spells it (upper case), or null when it is not in the list.</summary>
    public string? Canonical(string code) => _codes.TryGetValue(code.Trim(), out var canonical) ? canonical : null;

    /// <summary>The rule in words, listing the codes: "must be an SSDA903 legal status code (C1, C2, ...)".</summary>
    public string Rule => $"must be {Description} ({string.Join(", ", Codes)})";
}
