using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.Publishing;

namespace Reporting.Pipeline.Composition;

/// <summary>
/// The audiences a run can produce: the built-in definitions (<c>dfe</c>, <c>essex</c>,
/// <c>cabinet</c>, embedded from <c>Composition/Audiences/*.json</c>) plus any the council adds
/// or overrides in <c>config/audiences/{id}.json</c>.
/// </summary>
public sealed class AudienceCatalogue
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = PipelineJsonContext.Default,
    };

    private static readonly Lazy<IReadOnlyList<AudienceDefinition>> BuiltInDefinitions = new(LoadBuiltIn);

    private readonly Dictionary<string, AudienceDefinition> _byId;

    private AudienceCatalogue(IEnumerable<AudienceDefinition> audiences) =>
        _byId = audiences.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>The built-in audiences only.</summary>
    public static AudienceCatalogue BuiltIn { get; } = new(BuiltInDefinitions.Value);

    /// <summary>Ids in a stable order: built-ins first (dfe, essex, cabinet), then configured ones by id.</summary>
    public IReadOnlyList<string> Ids =>
        _byId.Keys.OrderBy(id => BuiltInOrder(id)).ThenBy(id => id, StringComparer.Ordinal).ToList();

    public AudienceDefinition? Find(string id) => _byId.GetValueOrDefault(id.Trim());

    /// <summary>The built-ins with the council's definitions from <c>config/audiences/*.json</c> added; a bad file is a finding and is skipped.</summary>
    public static AudienceCatalogue WithConfigured(IEnumerable<(string Name, byte[] Json)> files, FindingList findings)
    {
        var all = BuiltInDefinitions.Value.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, json) in files)
        {
            if (Parse(name, json, findings) is { } audience)
            {
                all[audience.Id] = audience;
            }
        }

        return new AudienceCatalogue(all.Values);
    }

    private static AudienceDefinition? Parse(string name, byte[] json, FindingList findings)
    {
        AudienceDefinition? audience;
        try
        {
            audience = JsonSerializer.Deserialize<AudienceDefinition>(json, JsonOptions);
        }
        catch (JsonException exception)
        {
            findings.Add(Finding.Error(name, $"The audience definition is not valid JSON for an audience ({exception.Message.Split('.')[0]}). It needs id, title, readers, marking and sections."));
            return null;
        }

        if (audience is null)
        {
            findings.Add(Finding.Error(name, "The audience definition is empty."));
            return null;
        }

        if (audience.Id.Length == 0 || !audience.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            findings.Add(Finding.Error(name, "The audience id must be lower-case letters, digits and hyphens (it becomes part of the document's file name).", column: "id", value: audience.Id));
            return null;
        }

        if (audience.BodyTextSize is < 8 or > 16)
        {
            findings.Add(Finding.Error(name, "bodyTextSize must be between 8 and 16 points (12 for large print). The audience is not used.", column: "bodyTextSize", value: audience.BodyTextSize.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        var unknown = audience.Indicators.Concat(audience.Headline ?? []).Where(id => !IndicatorCatalogue.TryGet(id, out _)).ToList();
        if (unknown.Count > 0)
        {
            findings.Add(Finding.Error(name, $"These indicators are not in the catalogue: {string.Join(", ", unknown)}. The audience is not used.", column: "indicators"));
            return null;
        }

        return audience;
    }

    private static List<AudienceDefinition> LoadBuiltIn()
    {
        var assembly = typeof(AudienceCatalogue).Assembly;
        var findings = new FindingList();
        var audiences = new List<AudienceDefinition>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Audiences.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            audiences.Add(Parse(resource, buffer.ToArray(), findings)
                ?? throw new InvalidOperationException($"Built-in audience {resource} is invalid: {string.Join("; ", findings)}"));
        }

        return audiences;
    }

    private static int BuiltInOrder(string id) => id switch { "dfe" => 0, "essex" => 1, "cabinet" => 2, _ => 3 };
}
