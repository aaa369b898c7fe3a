namespace Reporting.Application.Runs;

/// <summary>Every upload check slot (<see cref="UploadCheckSlots"/>) stayed taken while a check waited: the request is answered 503 with <c>Retry-After</c>.</summary>
public sealed class UploadChecksBusyException(int count, TimeSpan waited)
    : Exception($"{count} files are being checked already, the most this service checks at once, and none finished within {waited.TotalSeconds:0.#} s.")
{
    /// <summary>When to try again: as long as a check waited.</summary>
    public TimeSpan RetryAfter { get; } = waited < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : waited;
}
