using System.Globalization;

namespace Reporting.Domain.Councils;

/// <summary>
/// A local authority's DfE three-digit code, e.g. <c>933</c>. Invariant: exactly three ASCII
/// digits, so it is safe to use as a storage path segment.
/// </summary>
public readonly record struct CouncilCode : IComparable<CouncilCode>
{
    private readonly string? _code;

    private CouncilCode(string code) => _code = code;

    /// <summary>The three digits, e.g. "933".</summary>
    public string Value => _code ?? "000";

    public static ParseResult<CouncilCode> Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 3 && trimmed.All(char.IsAsciiDigit))
        {
            return ParseResult<CouncilCode>.ForValue(new CouncilCode(trimmed));
        }

        return ParseResult<CouncilCode>.ForError(
            $"'{Excerpt.Shorten(trimmed)}' is not a council code: use the council's DfE local authority code, three digits such as 933.");
    }

    /// <summary>Parses a code known to be valid (sample data, tests); throws otherwise.</summary>
    public static CouncilCode From(string text) => Parse(text).Value;

    public static CouncilCode From(int code) =>
        From(code.ToString("000", CultureInfo.InvariantCulture));

    public int CompareTo(CouncilCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
