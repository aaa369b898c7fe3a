using System.Text.Json;

namespace Reporting.Functions.Invocations;

/// <summary>
/// The parts of the Functions host's timer invocation payload the handler uses:
/// <c>{"Data":{"timer":{"Schedule":{…},"ScheduleStatus":{"Last":…,"Next":…,"LastUpdated":…}|null,"IsPastDue":false}},"Metadata":{…}}</c>.
/// <see cref="InvokedAt"/> is the host's <c>Metadata.sys.UtcNow</c>: when the host fired the timer.
/// Parsing is lenient: a missing, null or odd field leaves the value unset instead of failing the run,
/// because the invocation itself is the trigger.
/// </summary>
public sealed record TimerInvocation(bool IsPastDue, DateTimeOffset? LastRun, DateTimeOffset? NextRun, string? Problem, DateTimeOffset? InvokedAt = null)
{
    /// <summary>Reads a payload; never throws. <see cref="Problem"/> says what could not be read, for the logs.</summary>
    public static TimerInvocation Parse(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
        {
            return new(false, null, null, "the invocation payload was empty");
        }

        try
        {
            using var json = JsonDocument.Parse(payload.ToArray());
            var timer = FirstBinding(json.RootElement);
            if (timer is not { } binding)
            {
                return new(false, null, null, "the payload had no timer binding under Data");
            }

            var status = Property(binding, "ScheduleStatus");
            var system = Property(json.RootElement, "Metadata") is { } metadata ? Property(metadata, "sys") : null;
            return new(
                Property(binding, "IsPastDue") is { ValueKind: JsonValueKind.True },
                status is { } s ? Time(Property(s, "Last")) : null,
                status is { } n ? Time(Property(n, "Next")) : null,
                null,
                system is { } sys ? Time(Property(sys, "UtcNow")) : null);
        }
        catch (JsonException e)
        {
            return new(false, null, null, $"the invocation payload is not JSON ({e.Message})");
        }
    }

    private static JsonElement? FirstBinding(JsonElement root)
    {
        if (Property(root, "Data") is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        foreach (var binding in data.EnumerateObject())
        {
            if (binding.Value.ValueKind == JsonValueKind.Object)
            {
                return binding.Value;
            }

            // Some hosts pass the binding as a JSON string.
            if (binding.Value.ValueKind == JsonValueKind.String && binding.Value.GetString() is { } text && text.TrimStart().StartsWith('{'))
            {
                using var inner = JsonDocument.Parse(text);
                return inner.RootElement.Clone();
            }
        }

        return null;
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
            }
        }

        return null;
    }

    private static DateTimeOffset? Time(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } text && DateTimeOffset.TryParse(text.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
}
