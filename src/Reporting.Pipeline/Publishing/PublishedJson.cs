using System.Text.Json;
using System.Text.Json.Serialization;

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
