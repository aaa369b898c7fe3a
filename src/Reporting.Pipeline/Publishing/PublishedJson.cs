using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Pipeline.Composition;

namespace Reporting.Pipeline.Publishing;

/// <summary>How every file the pipeline publishes as JSON is written and read back: indented, camelCase, nulls left out, enums as words.</summary>
internal static class PublishedJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        TypeInfoResolver = PipelineJsonContext.Default,
    };
}

/// <summary>
/// Serialisation code generated at build time for every JSON file the pipeline reads or writes, so
/// a run spends no start-up time building it by reflection. The options that govern the output are
/// the ones each caller passes (<see cref="PublishedJson.Options"/>, the audience reader's).
/// </summary>
[JsonSerializable(typeof(Manifest))]
[JsonSerializable(typeof(IndicatorsExport.PublishedIndicators))]
[JsonSerializable(typeof(IndicatorsExport.PublishedDataQuality))]
[JsonSerializable(typeof(AudienceDefinition))]
internal sealed partial class PipelineJsonContext : JsonSerializerContext;
