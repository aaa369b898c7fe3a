using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Domain;
using Reporting.Domain.Findings;
using Reporting.Domain.Indicators;
using Reporting.Pipeline.MetricFiles;
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

    /// <summary>The longest title, readers or marking an audience may have.</summary>
    public const int MaxTextLength = 200;

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
        catch (Exception exception) when (exception is JsonException or NotSupportedException or ArgumentException)
        {
            findings.Add(Finding.Error(name, $"The audience definition is not valid JSON for an audience ({Excerpt.Visible(exception.Message.Split('.')[0])}), so the audience is not used; the other audiences are produced. It needs id, title, readers, marking and sections (a list of section names); indicators is optional."));
            return null;
        }

        if (audience is null)
        {
            findings.Add(Finding.Error(name, "The audience definition is empty, so the audience is not used."));
            return null;
        }

        // The JSON may leave out or null what the type says is always there: each gap is a finding, never a crash later.
        var missing = new (string Field, bool Absent)[]
        {
            ("id", audience.Id is null),
            ("title", string.IsNullOrWhiteSpace(audience.Title)),
            ("readers", string.IsNullOrWhiteSpace(audience.Readers)),
            ("marking", audience.Marking is null),
            ("sections", audience.Sections is null || audience.Sections.Count == 0),
        }.Where(f => f.Absent).Select(f => f.Field).ToList();
        if (missing.Count > 0)
        {
            findings.Add(Finding.Error(name, $"The audience definition has no {string.Join(", ", missing)} (or it is null or empty), so the audience is not used. Give every one of id, title, readers, marking (an empty marking for a public document) and sections.", column: missing[0]));
            return null;
        }

        var tooLong = new (string Field, string Text)[] { ("title", audience.Title), ("readers", audience.Readers), ("marking", audience.Marking!) }
            .FirstOrDefault(f => f.Text.Length > MaxTextLength).Field;
        if (tooLong is not null)
        {
            findings.Add(Finding.Error(name, string.Create(CultureInfo.InvariantCulture, $"The {tooLong} is longer than the {MaxTextLength} characters a document's cover and headers can show, so the audience is not used. Shorten it."), column: tooLong));
            return null;
        }

        if (audience.Id!.Length is 0 or > 40 || !audience.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            findings.Add(Finding.Error(name, "The audience id must be 1 to 40 lower-case letters, digits and hyphens (it becomes part of the document's file name), so the audience is not used.", column: "id", value: Excerpt.Shorten(audience.Id)));
            return null;
        }

        if (audience.BodyTextSize is < 8 or > 16)
        {
            findings.Add(Finding.Error(name, "bodyTextSize must be between 8 and 16 points (12 for large print). The audience is not used.", column: "bodyTextSize", value: audience.BodyTextSize.Value.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        var indicators = audience.Indicators ?? [];
        var needs = new AudienceNeeds { Inputs = audience.Needs?.Inputs ?? [], Indicators = audience.Needs?.Indicators ?? [] };
        var badInput = needs.Inputs.Where(i => i is null || !i.Split('|').All(IsInputName)).Select(i => i ?? "null").FirstOrDefault();
        if (badInput is not null)
        {
            findings.Add(Finding.Error(name, "needs.inputs names a file the data contract does not (an upload such as commentary.md, alternatives as workforce.csv|csww.xml, or a config file as config/context.md). The audience is not used.", column: "needs", value: Excerpt.Shorten(badInput)));
            return null;
        }

        var unknown = indicators.Concat(audience.Headline ?? []).Concat(needs.Indicators).Where(id => id is null || !IndicatorCatalogue.TryGet(id, out _)).Select(id => id is null ? "null" : Excerpt.Shorten(id)).ToList();
        if (unknown.Count > 0)
        {
            findings.Add(Finding.Error(name, $"These indicators are not in the catalogue: {string.Join(", ", unknown.Take(10))}{(unknown.Count > 10 ? ", ..." : string.Empty)}. The audience is not used.", column: "indicators"));
            return null;
        }

        return audience with { Indicators = indicators, Headline = audience.Headline ?? [], Needs = needs };
    }

    /// <summary>An upload the data contract names, or <c>config/</c> and a config file a run reads.</summary>
    private static bool IsInputName(string name) =>
        name.StartsWith("config/", StringComparison.Ordinal)
            ? QuarterValidation.KnownConfigFiles.Contains(name["config/".Length..], StringComparer.OrdinalIgnoreCase)
            : UploadNames.Expected.Any(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The findings about one audience definition file, as a run would read it (for <c>validate</c>).</summary>
    public static FindingList Check(string name, byte[] json)
    {
        var findings = new FindingList();
        Parse(name, json, findings);
        return findings;
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
