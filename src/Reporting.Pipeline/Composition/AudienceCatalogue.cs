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
/// in <c>config/audiences/{id}.json</c>. A council's file never replaces a built-in audience: one
/// whose id is a built-in's, or not its file's name, or that repeats a property or names a section
/// that does not exist, is an error naming its line, and only that audience is not produced.
/// </summary>
public sealed class AudienceCatalogue
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        TypeInfoResolver = PipelineJsonContext.Default,
    };

    /// <summary>The longest title, readers or marking an audience may have.</summary>
    public const int MaxTextLength = 200;

    private static readonly Lazy<IReadOnlyList<AudienceDefinition>> BuiltInDefinitions = new(LoadBuiltIn);

    private static readonly string[] BuiltInIds = ["dfe", "essex", "cabinet"];

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
            if (Parse(name, json, findings) is { } audience && CheckConfigured(name, json, audience, findings))
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
            var line = exception is JsonException { LineNumber: { } number } ? (int)number + 1 : (int?)null;
            if (exception is JsonException { Path: { } path } && path.StartsWith("$.sections[", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(Finding.Error(name, $"A section is not one a document has (sections are named, not numbered), so the audience is not used. Sections are: {string.Join(", ", Enum.GetNames<ReportSection>())}.", line, "sections"));
                return null;
            }

            findings.Add(Finding.Error(name, $"The audience definition is not valid JSON for an audience ({Excerpt.Visible(exception.Message.Split('.')[0])}), so the audience is not used; the other audiences are produced. It needs id, title, readers, marking and sections (a list of section names); indicators is optional, and no property may be given twice.", line));
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

    /// <summary>The findings about one council's audience definition file, as a run would read it (for <c>validate</c> and the upload page).</summary>
    public static FindingList Check(string name, byte[] json)
    {
        var findings = new FindingList();
        if (Parse(name, json, findings) is { } audience)
        {
            CheckConfigured(name, json, audience, findings);
        }

        return findings;
    }

    /// <summary>
    /// The rules for a council's own definition: its id is its file's name, so two files cannot
    /// claim one audience, and not a built-in's, so no file replaces the DfE review (or another)
    /// by accident. False after an error naming the line of the id.
    /// </summary>
    private static bool CheckConfigured(string name, byte[] json, AudienceDefinition audience, FindingList findings)
    {
        var fileId = System.IO.Path.GetFileNameWithoutExtension(name);
        var problem = BuiltInIds.Contains(audience.Id, StringComparer.OrdinalIgnoreCase)
            ? $"The id '{audience.Id}' is a built-in audience's: a council's file cannot replace the built-in {audience.Id} document, so this file is not used. Give the audience an id of its own and name the file after it ({{id}}.json)."
            : !string.Equals(fileId, audience.Id, StringComparison.OrdinalIgnoreCase)
                ? $"The id '{audience.Id}' is not the file's name ('{Excerpt.Shorten(fileId)}'), so the audience is not used: the file for an audience is config/audiences/{{id}}.json. Rename the file or change the id."
                : null;
        if (problem is null)
        {
            return true;
        }

        findings.Add(Finding.Error(name, problem, JsonLine.Of(json, "id"), "id", audience.Id));
        return false;
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
