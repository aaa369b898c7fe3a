using System.Text.Json.Serialization;
using Reporting.Pipeline.Composition;

namespace Reporting.Pipeline.Publishing;

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
