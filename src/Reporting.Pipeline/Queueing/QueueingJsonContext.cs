using System.Text.Json.Serialization;

namespace Reporting.Pipeline.Queueing;

/// <summary>Build-time JSON code for the queue's messages and the run-state blob.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RunTicket))]
[JsonSerializable(typeof(RunState))]
internal sealed partial class QueueingJsonContext : JsonSerializerContext;
