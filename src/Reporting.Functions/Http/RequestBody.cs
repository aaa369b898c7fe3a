namespace Reporting.Functions.Http;

/// <summary>Reads request bodies within a limit, so a large upload is refused without being held whole.</summary>
internal static class RequestBody
{
    /// <summary>The whole body, or null as soon as it passes <paramref name="limit"/> bytes (works for chunked bodies too).</summary>
    public static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
